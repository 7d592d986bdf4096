using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class UpdateAgentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/agents/{agentId:guid}", async (Guid agentId, UpdateAgentRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateAgent(agentId, request), ct)))
            .WithName("UpdateAgent").WithTags("Agents").WithSummary("Change an agent's draft (published versions never change).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
