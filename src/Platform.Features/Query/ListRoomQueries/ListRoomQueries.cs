using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Query;

public sealed record ListRoomQueries(Guid RoomId, int Offset, int Limit) : IRequest<Page<SavedQueryResponse>>, IPagedRequest;

/// <summary>The queries run in a room, newest first, for its members.</summary>
public sealed class ListRoomQueriesHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListRoomQueries, Page<SavedQueryResponse>>
{
    public async ValueTask<Page<SavedQueryResponse>> Handle(ListRoomQueries request, CancellationToken ct)
    {
        await session.RequireAsync(request.RoomId, caller, RoomRole.Viewer, ct);
        var queries = await session.Query<SavedQuery>().Stats(out QueryStatistics stats).Where(q => q.RoomId == request.RoomId)
            .OrderByDescending(q => q.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(queries.Select(SavedQueryResponse.From).ToList(), stats.TotalResults);
    }
}
