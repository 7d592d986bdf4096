using Marten;
using Platform.Features.Common;
using Platform.Features.Datasets;
using Platform.Features.Rooms;

namespace Platform.Features.Query;

/// <summary>
/// What a query may read: one dataset, or every ready dataset linked to a room, each under its table name.
/// <see cref="Key"/> names the scope and the versions of its datasets, so a cached answer is reused only for
/// the same data seen through the same access. <see cref="UserId"/> is who runs it (their queries are counted).
/// </summary>
public sealed record QueryScope(string Key, Guid? RoomId, IReadOnlyList<Dataset> Datasets, Guid UserId)
{
    public static async Task<QueryScope> ResolveAsync(IQuerySession session, Guid? datasetId, Guid? roomId, CurrentUser caller, CancellationToken ct)
    {
        if (datasetId is { } id)
        {
            var dataset = (await session.RequireReadableAsync(id, caller, ct)).RequireReady();
            return new($"dataset:{id:N}|{id:N}@{dataset.Version}", null, [dataset], caller.Id);
        }
        var room = roomId ?? throw SqlGuard.Refused("Name a datasetId or a roomId.");
        await session.RequireAsync(room, caller, RoomRole.Viewer, ct);
        var datasets = await session.Query<Dataset>()
            .Where(d => d.RoomIds.Contains(room) && d.Status == DatasetStatus.Ready).OrderBy(d => d.TableName).ToListAsync(ct);
        return new($"room:{room:N}|{string.Join(',', datasets.Select(d => $"{d.Id:N}@{d.Version}"))}", room, datasets, caller.Id);
    }
}
