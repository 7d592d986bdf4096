using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class GetNotebookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/notebooks/{notebookId:guid}", async (Guid notebookId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetNotebook(notebookId), ct)))
            .WithName("GetNotebook").WithTags("Notebooks").WithSummary("A notebook with its cells in order, each with the outputs of its last run.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
