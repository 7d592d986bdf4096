using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Notebooks;

/// <param name="Search">Part of the name, any case.</param>
/// <param name="RoomId">Only this room's (for its members).</param>
public sealed record ListNotebooks(string? Search, Guid? RoomId, int Offset, int Limit) : IRequest<Page<NotebookResponse>>, IPagedRequest;

/// <summary>My notebooks and those of rooms I belong to; most recently changed first.</summary>
public sealed class ListNotebooksHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListNotebooks, Page<NotebookResponse>>
{
    public async ValueTask<Page<NotebookResponse>> Handle(ListNotebooks request, CancellationToken ct)
    {
        IQueryable<Notebook> query = session.Query<Notebook>().Stats(out QueryStatistics stats);
        if (request.RoomId is { } roomId)
        {
            await session.RequireAsync(roomId, caller, RoomRole.Viewer, ct);
            query = query.Where(n => n.RoomId == roomId);
        }
        else
        {
            var me = caller.Id;
            var rooms = (await session.AllRoomsOfAsync(caller, ct)).Select(r => (Guid?)r).ToArray();
            query = query.Where(n => n.OwnerId == me || n.RoomId.IsOneOf(rooms));
        }
        if (request.Search?.Trim() is { Length: > 0 } search) query = query.Where(n => n.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
        var page = await query.OrderByDescending(n => n.UpdatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(page.Select(n => NotebookResponse.From(n)).ToList(), stats.TotalResults);
    }
}
