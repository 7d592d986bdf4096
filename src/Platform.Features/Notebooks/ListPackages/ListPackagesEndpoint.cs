using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class ListPackagesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/execute/packages/{sessionId:guid}", async (Guid sessionId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPackages(sessionId), ct)))
            .WithName("ListPackages").WithTags("Execution").WithSummary("The Python packages a session's code can import, with their versions.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
