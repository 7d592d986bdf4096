using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed record PublishAgent(Guid AgentId) : IRequest<AgentVersionResponse>;

public sealed record AgentVersionResponse(Guid AgentId, int Version, AgentSettings Settings, DateTimeOffset PublishedAt);

/// <summary>Makes the draft a new immutable version: conversations started from now on use it; public agents appear in the marketplace.</summary>
public sealed class PublishAgentHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<PublishAgent, AgentVersionResponse>
{
    public async ValueTask<AgentVersionResponse> Handle(PublishAgent request, CancellationToken ct)
    {
        var agent = await session.RequireManagedAgentAsync(request.AgentId, caller, ct);
        var number = (agent.PublishedVersion ?? 0) + 1;
        var version = new AgentVersion { Id = AgentVersion.IdOf(agent.Id, number), AgentId = agent.Id, Number = number, Settings = agent.Settings, PublishedAt = clock.GetUtcNow() };
        // Insert, not store: two publications racing for the same number conflict (409) instead of one overwriting the other.
        session.Insert(version);
        agent.PublishedVersion = number;
        agent.UpdatedAt = version.PublishedAt;
        session.Store(agent);
        await session.SaveChangesAsync(ct);
        return new AgentVersionResponse(agent.Id, number, version.Settings, version.PublishedAt);
    }
}
