using Carter;
using Mediator;

namespace Platform.Features.Notebooks;

public sealed class ExecuteCodeEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/execute", async (ExecuteCode request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("ExecuteCode").WithTags("Execution")
            .WithSummary("Run Python in the sandbox (a session's kernel, or a fresh one over your datasets) and answer with its outputs.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
