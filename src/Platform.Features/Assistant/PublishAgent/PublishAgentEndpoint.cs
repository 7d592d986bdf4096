using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class PublishAgentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agents/{agentId:guid}/publish", async (Guid agentId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PublishAgent(agentId), ct)))
            .WithName("PublishAgent").WithTags("Agents")
            .WithSummary("Publish the draft as a new immutable version (public agents then appear in the marketplace); conversations pin the version they began with.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
