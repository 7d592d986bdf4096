using Carter;
using Marten;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed class GetAgentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/agents/{agentId:guid}", async (Guid agentId, IQuerySession session, CurrentUser caller, CancellationToken ct) =>
                TypedResults.Ok(AgentResponse.From(await session.RequireReadableAgentAsync(agentId, caller, ct))))
            .WithName("GetAgent").WithTags("Agents").WithSummary("An agent I can use, with its draft settings and latest published version.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
