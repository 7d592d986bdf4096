using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Datasets;
using Platform.Features.Rooms;

namespace Platform.Features.Assistant;

/// <param name="Name">Unique among my conversations: clients that keep named sessions address them by it.</param>
/// <param name="RoomId">Work on this room's datasets (a member's conversation; the room's other members do not see it).</param>
/// <param name="DatasetIds">Work on these datasets; with neither, on whichever of mine a question fits.</param>
/// <param name="AgentId">Talk to this agent (its latest published version, kept for the whole conversation); its datasets or room unless others are given.</param>
public sealed record CreateConversation(string? Title = null, string? Name = null, Guid? RoomId = null, IReadOnlyList<Guid>? DatasetIds = null, Guid? AgentId = null)
    : IRequest<ConversationResponse>;

public sealed class CreateConversationValidator : AbstractValidator<CreateConversation>
{
    public CreateConversationValidator()
    {
        RuleFor(x => x.Title).MaximumLength(200);
        RuleFor(x => x.Name).MaximumLength(200).Must(n => n is null || n.Trim().Length > 0).WithMessage("'Name' must not be blank.");
        RuleFor(x => x.DatasetIds).Must(d => d is null || d.Count <= SendChatValidator.MostDatasets).WithMessage($"At most {SendChatValidator.MostDatasets} datasets.");
    }
}

public sealed class CreateConversationHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CreateConversation, ConversationResponse>
{
    public async ValueTask<ConversationResponse> Handle(CreateConversation request, CancellationToken ct)
    {
        var (agent, roomId, datasetIds) = await ConversationStart.ResolveAsync(session, caller, request.AgentId, request.RoomId, request.DatasetIds, ct);
        var name = request.Name?.Trim();
        if (name is not null) await ConversationNames.RequireFreeAsync(session, caller.Id, name, null, ct);
        var now = clock.GetUtcNow();
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, Title = request.Title?.Trim() is { Length: > 0 } title ? title : name ?? "New conversation", Name = name,
            Agent = agent, RoomId = roomId, DatasetIds = datasetIds, CreatedAt = now, UpdatedAt = now,
        };
        session.Insert(conversation);
        await session.SaveChangesAsync(ct);
        return ConversationResponse.From(conversation);
    }
}

/// <summary>
/// What a new conversation works on: the agent's snapshot, and the room or datasets given (each must be readable), else
/// the agent's own defaults, keeping those the person can read (an agent shared with them does not share its owner's data).
/// </summary>
public static class ConversationStart
{
    public static async Task<(AgentSnapshot? Agent, Guid? RoomId, List<Guid> DatasetIds)> ResolveAsync(
        IQuerySession session, CurrentUser caller, Guid? agentId, Guid? roomId, IReadOnlyList<Guid>? datasetIds, CancellationToken ct)
    {
        var agent = agentId is { } id ? await session.AgentSnapshotAsync(id, caller, ct) : null;
        if (roomId is null && datasetIds is null && agent is not null)
        {
            var (room, readable) = await ReadableDefaultsAsync(session, caller, agent.Settings, ct);
            return (agent, room, readable);
        }
        if (roomId is { } asked) await session.RequireAsync(asked, caller, RoomRole.Viewer, ct);
        var datasets = datasetIds?.Distinct().ToList() ?? [];
        foreach (var dataset in datasets) await session.RequireReadableAsync(dataset, caller, ct);
        return (agent, roomId, datasets);
    }

    /// <summary>Of an agent's default room and datasets, those the person can read.</summary>
    public static async Task<(Guid? RoomId, List<Guid> DatasetIds)> ReadableDefaultsAsync(IQuerySession session, CurrentUser caller, AgentSettings settings, CancellationToken ct)
    {
        var datasets = new List<Guid>();
        foreach (var dataset in settings.DatasetIds)
            if (await Readable(() => session.RequireReadableAsync(dataset, caller, ct))) datasets.Add(dataset);
        var room = settings.RoomId is { } r && await Readable(() => session.RequireAsync(r, caller, RoomRole.Viewer, ct)) ? r : (Guid?)null;
        return (room, datasets);
    }

    /// <summary>Whether an access check passes (a 404 or 403 means no).</summary>
    public static async Task<bool> Readable(Func<Task> check)
    {
        try
        {
            await check();
            return true;
        }
        catch (ProblemException)
        {
            return false;
        }
    }
}

public static class ConversationNames
{
    public static async Task RequireFreeAsync(IQuerySession session, Guid ownerId, string name, Guid? except, CancellationToken ct)
    {
        if (await session.Query<Conversation>().AnyAsync(c => c.OwnerId == ownerId && c.Name == name && c.Id != except, ct))
            throw new ProblemException(StatusCodes.Status409Conflict, "Name taken", $"Another conversation of yours is called '{name}'.");
    }
}
