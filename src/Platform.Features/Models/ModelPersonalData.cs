using Marten;
using Platform.Features.Common;

namespace Platform.Features.Models;

/// <summary>A person's models: exported as their ML.NET files, erased with those files, their reports and tuning runs.</summary>
public sealed class ModelPersonalData(ModelFiles files) : IPersonalData
{
    public async Task<IReadOnlyList<ExportedFile>> FilesAsync(IQuerySession session, Guid ownerId, CancellationToken ct) =>
        (await session.Query<TrainedModel>().Where(m => m.OwnerId == ownerId).Select(m => m.Id).ToListAsync(ct))
        .Where(id => File.Exists(files.Artifact(id)))
        .Select(id => new ExportedFile($"models/{id:N}.zip", async (output, token) =>
        {
            await using var model = File.OpenRead(files.Artifact(id));
            await model.CopyToAsync(output, token);
        })).ToList();

    public async Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        var ids = await session.Query<TrainedModel>().Where(m => m.OwnerId == erasure.UserId).Select(m => m.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            session.Delete<TrainedModel>(id);
            session.Delete<ModelReport>(id);
        }
        var owner = erasure.UserId;
        session.DeleteWhere<TuningRun>(t => t.OwnerId == owner);
        erasure.AfterCommit(() => { foreach (var id in ids) files.Delete(id); });
    }
}
