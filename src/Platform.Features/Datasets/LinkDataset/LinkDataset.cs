using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Datasets;

public sealed record LinkDatasetRequest(Guid DatasetId);

/// <summary>Links a dataset you may change to a room (editors and owners), so its members can read and query it.</summary>
public sealed record LinkDataset(Guid RoomId, Guid DatasetId) : IRequest<DatasetResponse>;

public sealed record UnlinkDataset(Guid RoomId, Guid DatasetId) : IRequest;

public sealed record ListRoomDatasets(Guid RoomId) : IRequest<Page<DatasetResponse>>;

public sealed class LinkDatasetHandler(IDocumentSession session, IRoomEvents events, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<LinkDataset, DatasetResponse>, IRequestHandler<UnlinkDataset>, IRequestHandler<ListRoomDatasets, Page<DatasetResponse>>
{
    public async ValueTask<DatasetResponse> Handle(LinkDataset request, CancellationToken ct)
    {
        await session.RequireAsync(request.RoomId, caller, RoomRole.Editor, ct);
        var dataset = await session.RequireOwnAsync(request.DatasetId, caller, ct);
        if (!dataset.RoomIds.Contains(request.RoomId))
        {
            dataset.RoomIds.Add(request.RoomId);
            dataset.UpdatedAt = clock.GetUtcNow();
            session.Update(dataset);
            events.Publish(session, request.RoomId, "dataset.linked", new { DatasetId = dataset.Id, dataset.Name, dataset.TableName, LinkedBy = caller.Id });
            await session.SaveChangesAsync(ct);
        }
        return DatasetResponse.From(dataset);
    }

    public async ValueTask<Unit> Handle(UnlinkDataset request, CancellationToken ct)
    {
        await session.RequireAsync(request.RoomId, caller, RoomRole.Editor, ct);
        var dataset = await session.LoadAsync<Dataset>(request.DatasetId, ct);
        if (dataset is null || !dataset.RoomIds.Remove(request.RoomId)) throw DatasetAccess.NotFound();
        dataset.UpdatedAt = clock.GetUtcNow();
        session.Update(dataset);
        events.Publish(session, request.RoomId, "dataset.unlinked", new { DatasetId = dataset.Id, UnlinkedBy = caller.Id });
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }

    public async ValueTask<Page<DatasetResponse>> Handle(ListRoomDatasets request, CancellationToken ct)
    {
        await session.RequireAsync(request.RoomId, caller, RoomRole.Viewer, ct);
        var datasets = await session.Query<Dataset>().Where(d => d.RoomIds.Contains(request.RoomId)).OrderBy(d => d.Name).ToListAsync(ct);
        return new(datasets.Select(DatasetResponse.From).ToList(), datasets.Count);
    }
}

/// <summary>A deleted room's links go with it; the datasets stay their owners'.</summary>
public sealed class UnlinkDatasetsOfDeletedRoom(IDocumentSession session) : INotificationHandler<RoomDeleting>
{
    public async ValueTask Handle(RoomDeleting notification, CancellationToken ct)
    {
        foreach (var dataset in await session.Query<Dataset>().Where(d => d.RoomIds.Contains(notification.RoomId)).ToListAsync(ct))
        {
            dataset.RoomIds.Remove(notification.RoomId);
            session.Update(dataset);
        }
    }
}

/// <summary>How many datasets a room holds, for its status.</summary>
public sealed class RoomDatasets : IRoomStatusContributor
{
    public async Task<IReadOnlyList<RoomHolding>> DescribeAsync(IQuerySession session, Room room, CancellationToken ct) =>
        [new("datasets", await session.Query<Dataset>().CountAsync(d => d.RoomIds.Contains(room.Id), ct))];
}
