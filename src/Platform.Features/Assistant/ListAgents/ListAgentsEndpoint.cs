using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed class ListAgentsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/agents", async (string? q, Guid? organizationId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAgents(q, organizationId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListAgents").WithTags("Agents")
            .WithSummary("The agents I can use: the platform's presets, mine and my organisations'; ?organizationId= one organisation's, ?q= by name.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
