using Marten;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>A dataset is its owner's (administrators pass); anyone else gets 404, so its existence is not leaked.</summary>
public static class DatasetAccess
{
    public static async Task<Dataset> RequireAsync(this IQuerySession session, Guid datasetId, CurrentUser caller, CancellationToken ct)
    {
        var dataset = await session.LoadAsync<Dataset>(datasetId, ct);
        if (dataset is null || (dataset.OwnerId != caller.Id && !caller.IsAdmin))
            throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "The dataset was not found.");
        return dataset;
    }
}
