using Marten;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>
/// Replaces a dataset's data atomically: the new version is written to a file of its own beside the current
/// one, then the metadata switches to it in one commit (refused with 409 if someone else changed the dataset
/// meanwhile). Readers see the old version until then; if anything fails, the old version is untouched.
/// </summary>
public sealed class DatasetVersions(IDocumentSession session, DatasetFiles files, IRoomEvents events, TimeProvider clock)
{
    /// <param name="write">Builds the new version's DuckDB file at the given path.</param>
    /// <param name="apply">Records the new version's description on the metadata.</param>
    public async Task ReplaceAsync(Dataset dataset, Action<string> write, Action<Dataset> apply, CancellationToken ct)
    {
        var next = DatasetFiles.NewDataFile(dataset.Version + 1);
        var path = Path.Combine(DataFolder.CreatePrivateDirectory(files.Folder(dataset.Id)).FullName, next);
        try
        {
            await Task.Run(() => write(path), ct);
            apply(dataset);
            dataset.Version++;
            dataset.DataFile = next;
            dataset.UpdatedAt = clock.GetUtcNow();
            session.Update(dataset);
            foreach (var room in dataset.RoomIds)
                events.Publish(session, room, "dataset.updated", new { DatasetId = dataset.Id, dataset.Version });
            await session.SaveChangesAsync(ct);
        }
        catch
        {
            DatasetFiles.DeleteDatabase(path);
            throw;
        }
        files.RemoveVersionsBefore(dataset.Id, dataset.Version - 1);
    }
}
