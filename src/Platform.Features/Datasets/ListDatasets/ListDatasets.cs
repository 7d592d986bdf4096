using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;
using Platform.Features.Rooms;

namespace Platform.Features.Datasets;

/// <param name="RoomId">Datasets linked to this room (for its members) instead of my own.</param>
/// <param name="OrganizationId">Datasets belonging to this organisation (for its members) instead of my own.</param>
public sealed record ListDatasets(Guid? RoomId, int Offset, int Limit, Guid? OrganizationId = null) : IRequest<Page<DatasetResponse>>, IPagedRequest;

/// <summary>My datasets, or a room's, or an organisation's, newest first.</summary>
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
        if (request.OrganizationId is { } organizationId)
        {
            await session.RequireAsync(organizationId, caller, OrganizationRole.Member, ct);
            query = query.Where(d => d.OrganizationId == organizationId);
        }
        if (request.RoomId is null && request.OrganizationId is null)
        {
            var me = caller.Id;
            query = query.Where(d => d.OwnerId == me);
        }
        var datasets = await query
            .OrderByDescending(d => d.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(datasets.Select(DatasetResponse.From).ToList(), stats.TotalResults);
    }
}
