using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class InstallPackageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/execute/packages", async (InstallPackage request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("InstallPackage").WithTags("Execution")
            .WithSummary("Install a pure-Python wheel from the configured wheel folder into a session (503 when no folder is configured: there is no index).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
