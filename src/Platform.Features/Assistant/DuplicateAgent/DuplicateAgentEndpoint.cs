using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class DuplicateAgentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agents/{agentId:guid}/duplicate", async (Guid agentId, IMediator mediator, CancellationToken ct) =>
            {
                var copy = await mediator.Send(new DuplicateAgent(agentId), ct);
                return TypedResults.Created($"/api/agents/{copy.Id}", copy);
            })
            .WithName("DuplicateAgent").WithTags("Agents").WithSummary("A private copy, mine to change, of an agent I can use (presets included).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
