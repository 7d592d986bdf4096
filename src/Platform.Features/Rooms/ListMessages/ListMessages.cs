using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Identity;

namespace Platform.Features.Rooms;

/// <param name="Before">Cursor: the id of the oldest message already shown; omitted for the newest page.</param>
public sealed record ListMessages(Guid RoomId, Guid? Before, int Limit) : IRequest<MessagePage>, ILimitedRequest;

/// <param name="NextBefore">Pass as <c>before</c> for the next (older) page; null when there is none.</param>
public sealed record MessagePage(IReadOnlyList<MessageResponse> Items, Guid? NextBefore);

/// <summary>Chat history, newest first, paged by cursor so new messages never shift a page.</summary>
public sealed class ListMessagesHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListMessages, MessagePage>
{
    public async ValueTask<MessagePage> Handle(ListMessages request, CancellationToken ct)
    {
        await session.RequireAsync(request.RoomId, caller, RoomRole.Viewer, ct);
        var query = session.Query<RoomMessage>().Where(m => m.RoomId == request.RoomId);
        if (request.Before is { } before)
        {
            var cursor = await session.LoadAsync<RoomMessage>(before, ct);
            if (cursor is null || cursor.RoomId != request.RoomId)
                throw new ProblemException(StatusCodes.Status400BadRequest, "Invalid cursor", "'before' is not a message of this room.");
            query = query.Where(m => m.PostedAt < cursor.PostedAt || (m.PostedAt == cursor.PostedAt && m.Id < cursor.Id));
        }
        var page = await query.OrderByDescending(m => m.PostedAt).ThenByDescending(m => m.Id).Take(request.Limit + 1).ToListAsync(ct);
        var items = page.Take(request.Limit).ToList();
        var authors = (await session.LoadManyAsync<User>(ct, items.Select(m => m.AuthorId).Distinct())).ToDictionary(u => u.Id);
        return new(items.Select(m => MessageResponse.From(m, authors.GetValueOrDefault(m.AuthorId))).ToList(),
            page.Count > request.Limit ? items[^1].Id : null);
    }
}
