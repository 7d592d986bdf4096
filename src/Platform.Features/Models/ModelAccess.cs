using Marten;
using Platform.Features.Common;
using Platform.Features.Datasets;
using Platform.Features.Rooms;

namespace Platform.Features.Models;

/// <summary>
/// Who may see and change a model: its owner (and administrators) may do anything; members of a room its
/// dataset was linked to when it was trained, and still is, may read it: access follows the links as they are
/// now, so unlinking the dataset (or leaving the room) ends it. Anyone else gets 404.
/// </summary>
public static class ModelAccess
{
    public static async Task<TrainedModel> RequireReadableModelAsync(this IQuerySession session, Guid modelId, CurrentUser caller, CancellationToken ct)
    {
        var model = await session.LoadAsync<TrainedModel>(modelId, ct);
        if (model is not null && (model.OwnerId == caller.Id || caller.IsAdmin)) return model;
        if (model is not null && model.RoomIds.Count > 0 && await session.LoadAsync<Dataset>(model.DatasetId, ct) is { } dataset)
        {
            if ((await session.RoomsOfAsync(caller, model.RoomIds.Intersect(dataset.RoomIds), ct)).Count > 0) return model;
        }
        throw NotFound();
    }

    /// <summary>The rooms through which <paramref name="caller"/> reads models of <paramref name="dataset"/> now: linked and a member.</summary>
    public static async Task<Guid[]> RoomsReadingAsync(this IQuerySession session, Dataset dataset, CurrentUser caller, CancellationToken ct) =>
        (await session.RoomsOfAsync(caller, dataset.RoomIds, ct)).ToArray();

    /// <summary>Changes (deleting, deploying) are the owner's; room members who can read it get 403.</summary>
    public static async Task<TrainedModel> RequireOwnModelAsync(this IQuerySession session, Guid modelId, CurrentUser caller, CancellationToken ct)
    {
        var model = await session.RequireReadableModelAsync(modelId, caller, ct);
        return model.OwnerId == caller.Id || caller.IsAdmin
            ? model
            : throw ProblemException.Forbidden("Only the model's owner can change or deploy it.");
    }

    /// <summary>A ready, readable model with what its held-out split showed.</summary>
    public static async Task<(TrainedModel Model, ModelReport Report)> RequireReportAsync(this IQuerySession session, Guid modelId, CurrentUser caller, CancellationToken ct)
    {
        var model = (await session.RequireReadableModelAsync(modelId, caller, ct)).RequireReady();
        return (model, await session.LoadAsync<ModelReport>(model.Id, ct) ?? new ModelReport { Id = model.Id });
    }

    public static TrainedModel RequireReady(this TrainedModel model) => model.Status switch
    {
        ModelStatus.Ready => model,
        ModelStatus.Failed => throw new ProblemException(StatusCodes.Status409Conflict, "Model failed", $"The model has no results: its training failed. {model.Error}".Trim()),
        _ => throw new ProblemException(StatusCodes.Status409Conflict, "Model not trained yet", "The model is still being trained; try again when its status is 'ready'."),
    };

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "The model was not found.");
}
