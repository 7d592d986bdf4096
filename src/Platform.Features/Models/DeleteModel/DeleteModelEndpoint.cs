using Carter;
using Mediator;

namespace Platform.Features.Models;

public sealed class DeleteModelEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/models/{modelId:guid}", async (Guid modelId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteModel(modelId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteModel").WithTags("Models").WithSummary("Delete a model and its artifact (owner); 409 while a deployment serves it.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
