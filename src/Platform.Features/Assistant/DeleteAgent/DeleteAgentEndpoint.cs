using Carter;
using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed class DeleteAgentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/agents/{agentId:guid}", async (Guid agentId, IDocumentSession session, CurrentUser caller, TimeProvider clock, CancellationToken ct) =>
            {
                var agent = await session.RequireManagedAgentAsync(agentId, caller, ct);
                // Soft: conversations begun with it keep their snapshot and go on answering.
                session.Patch<Agent>(agent.Id).Set(a => a.DeletedAt, clock.GetUtcNow());
                await session.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteAgent").WithTags("Agents").WithSummary("Delete an agent; conversations begun with it keep answering as they began.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
