using Marten;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <summary>A person's jobs' artifacts are theirs to export; their jobs and schedules go with them.</summary>
public sealed class JobPersonalData(JobArtifacts artifacts) : IPersonalData
{
    public async Task<IReadOnlyList<ExportedFile>> FilesAsync(IQuerySession session, Guid ownerId, CancellationToken ct) =>
        (await session.Query<Job>().Where(j => j.OwnerId == ownerId).Select(j => j.Id).ToListAsync(ct))
        .Where(id => Directory.Exists(artifacts.Folder(id)))
        .SelectMany(id => Directory.GetFiles(artifacts.Folder(id)).Select(path => new ExportedFile($"jobs/{id:N}/{Path.GetFileName(path)}", async (output, token) =>
        {
            await using var artifact = File.OpenRead(path);
            await artifact.CopyToAsync(output, token);
        }))).ToList();

    public async Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        var owner = erasure.UserId;
        var ids = await session.Query<Job>().Where(j => j.OwnerId == owner).Select(j => j.Id).ToListAsync(ct);
        session.DeleteWhere<Job>(j => j.OwnerId == owner);
        session.DeleteWhere<Schedule>(s => s.OwnerId == owner);
        erasure.AfterCommit(() => { foreach (var id in ids) artifacts.Delete(id); });
    }
}
