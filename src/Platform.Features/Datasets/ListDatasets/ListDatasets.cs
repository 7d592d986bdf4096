using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Datasets;

/// <param name="RoomId">Datasets linked to this room (for its members) instead of my own.</param>
public sealed record ListDatasets(Guid? RoomId, int Offset, int Limit) : IRequest<Page<DatasetResponse>>, IPagedRequest;

/// <summary>My datasets, or a room's, newest first.</summary>
public sealed class ListDatasetsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListDatasets, Page<DatasetResponse>>
{
    public async ValueTask<Page<DatasetResponse>> Handle(ListDatasets request, CancellationToken ct)
    {
        IQueryable<Dataset> query = session.Query<Dataset>().Stats(out QueryStatistics stats);
        if (request.RoomId is { } roomId)
        {
            await session.RequireAsync(roomId, caller, RoomRole.Viewer, ct);
            query = query.Where(d => d.RoomIds.Contains(roomId));
        }
        else
        {
            var me = caller.Id;
            query = query.Where(d => d.OwnerId == me);
        }
        var datasets = await query
            .OrderByDescending(d => d.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(datasets.Select(DatasetResponse.From).ToList(), stats.TotalResults);
    }
}
