using Marten;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Datasets;

/// <summary>
/// Who may see and change a dataset: its owner may do anything; members of a room it is linked to may read
/// it; administrators pass. Anyone else gets 404, so its existence is not leaked.
/// </summary>
public static class DatasetAccess
{
    public static async Task<Dataset> RequireReadableAsync(this IQuerySession session, Guid datasetId, CurrentUser caller, CancellationToken ct)
    {
        var dataset = await session.LoadAsync<Dataset>(datasetId, ct);
        if (dataset is not null && (dataset.OwnerId == caller.Id || caller.IsAdmin)) return dataset;
        if (dataset is not null && dataset.RoomIds.Count > 0)
        {
            if ((await session.RoomsOfAsync(caller, dataset.RoomIds, ct)).Count > 0) return dataset;
        }
        throw NotFound();
    }

    /// <summary>Changes are the owner's (and administrators'); room members who can read it get 403.</summary>
    public static async Task<Dataset> RequireOwnAsync(this IQuerySession session, Guid datasetId, CurrentUser caller, CancellationToken ct)
    {
        var dataset = await session.RequireReadableAsync(datasetId, caller, ct);
        return dataset.OwnerId == caller.Id || caller.IsAdmin
            ? dataset
            : throw ProblemException.Forbidden("Only the dataset's owner can change it.");
    }

    /// <summary>Its data can be read or replaced only once its ingest has ended well.</summary>
    public static Dataset RequireReady(this Dataset dataset) => dataset.Status switch
    {
        DatasetStatus.Ready => dataset,
        DatasetStatus.Processing => throw new ProblemException(StatusCodes.Status409Conflict, "Dataset still processing",
            "The dataset's file is still being ingested; try again when its status is 'ready'."),
        _ => throw new ProblemException(StatusCodes.Status409Conflict, "Dataset failed", $"The dataset has no data: its ingest failed. {dataset.Error}".Trim()),
    };

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "The dataset was not found.");
}
