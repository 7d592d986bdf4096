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
public sealed record CreateConversation(string? Title = null, string? Name = null, Guid? RoomId = null, IReadOnlyList<Guid>? DatasetIds = null) : IRequest<ConversationResponse>;

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
        if (request.RoomId is { } room) await session.RequireAsync(room, caller, RoomRole.Viewer, ct);
        var datasetIds = request.DatasetIds?.Distinct().ToList() ?? [];
        foreach (var dataset in datasetIds) await session.RequireReadableAsync(dataset, caller, ct);
        var name = request.Name?.Trim();
        if (name is not null) await ConversationNames.RequireFreeAsync(session, caller.Id, name, null, ct);
        var now = clock.GetUtcNow();
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, Title = request.Title?.Trim() is { Length: > 0 } title ? title : name ?? "New conversation", Name = name,
            RoomId = request.RoomId, DatasetIds = datasetIds, CreatedAt = now, UpdatedAt = now,
        };
        session.Insert(conversation);
        await session.SaveChangesAsync(ct);
        return ConversationResponse.From(conversation);
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
