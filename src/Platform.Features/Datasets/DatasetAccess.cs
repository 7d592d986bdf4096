using Marten;
using Platform.Features.Common;
using Platform.Features.Organizations;
using Platform.Features.Rooms;

namespace Platform.Features.Datasets;

/// <summary>
/// Who may see and change a dataset: its owner may do anything, and so may the owners and admins of the
/// organisation it belongs to; that organisation's members and the members of a room it is linked to may read it;
/// administrators pass. Anyone else gets 404, so its existence is not leaked.
/// </summary>
public static class DatasetAccess
{
    public static async Task<Dataset> RequireReadableAsync(this IQuerySession session, Guid datasetId, CurrentUser caller, CancellationToken ct) =>
        (await AccessAsync(session, datasetId, caller, ct)).Dataset;

    /// <summary>Changes are the owner's (and the organisation's managers', and administrators'); others who can read it get 403.</summary>
    public static async Task<Dataset> RequireOwnAsync(this IQuerySession session, Guid datasetId, CurrentUser caller, CancellationToken ct)
    {
        var (dataset, mayChange) = await AccessAsync(session, datasetId, caller, ct);
        return mayChange ? dataset : throw ProblemException.Forbidden("Only the dataset's owner can change it.");
    }

    private static async Task<(Dataset Dataset, bool MayChange)> AccessAsync(IQuerySession session, Guid datasetId, CurrentUser caller, CancellationToken ct)
    {
        var dataset = await session.LoadAsync<Dataset>(datasetId, ct) ?? throw NotFound();
        if (dataset.OwnerId == caller.Id || caller.IsAdmin) return (dataset, true);
        if (dataset.OrganizationId is { } organization && await session.RoleInAsync(organization, caller, ct) is { } role)
            return (dataset, role >= OrganizationRole.Admin);
        if (dataset.RoomIds.Count > 0 && (await session.RoomsOfAsync(caller, dataset.RoomIds, ct)).Count > 0) return (dataset, false);
        throw NotFound();
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

/// <summary>The datasets that belong to an organisation.</summary>
public sealed class DatasetOrganizationHoldings : IOrganizationHoldings
{
    public async Task<IReadOnlyList<Holding>> HeldByAsync(IQuerySession session, Guid organizationId, CancellationToken ct) =>
        [new("datasets", await session.Query<Dataset>().CountAsync(d => d.OrganizationId == organizationId, ct))];
}
