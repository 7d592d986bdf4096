using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class CreateAgentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agents", async (CreateAgent request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/agents/{created.Id}", created);
            })
            .WithName("CreateAgent").WithTags("Agents")
            .WithSummary("Create an agent: instructions, model, a subset of the tools (some needing approval), default datasets or room; a draft until published.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
