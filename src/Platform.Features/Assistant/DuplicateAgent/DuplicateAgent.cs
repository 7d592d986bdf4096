using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed record DuplicateAgent(Guid AgentId) : IRequest<AgentResponse>;

/// <summary>
/// A private copy, mine to change, of an agent I can use: of what I would use (its published version when I may not
/// change it). Datasets and a room I cannot read are left out of the copy.
/// </summary>
public sealed class DuplicateAgentHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<DuplicateAgent, AgentResponse>
{
    public async ValueTask<AgentResponse> Handle(DuplicateAgent request, CancellationToken ct)
    {
        var source = await session.AgentSnapshotAsync(request.AgentId, caller, ct);
        var settings = source.Settings;
        var (room, datasets) = await ConversationStart.ReadableDefaultsAsync(session, caller, settings, ct);
        var now = clock.GetUtcNow();
        var copy = new Agent
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, Visibility = AgentVisibility.Private,
            Settings = settings with { Name = ConversationTitles.Copy(settings.Name), DatasetIds = datasets, RoomId = room }, CreatedAt = now, UpdatedAt = now,
        };
        session.Insert(copy);
        await session.SaveChangesAsync(ct);
        return AgentResponse.From(copy);
    }
}
