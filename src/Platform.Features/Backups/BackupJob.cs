using Marten;
using Platform.Features.Common;
using Platform.Features.Identity;

namespace Platform.Features.Backups;

/// <summary>
/// <c>platform.backup</c>: a consistent archive of the platform (see <see cref="BackupArchives"/>). A job, so it can be
/// scheduled and followed like any other; only a super_admin's job backs up (anyone else's fails saying so).
/// </summary>
public sealed class BackupJob(IQuerySession session, IDocumentStore store, BackupArchives archives) : IJobKind
{
    public const string Kind = "platform.backup";

    public string Id => Kind;
    public string Name => "Back up the platform";
    public string Description => "A super_admin's archive of the database and the data folder's files, listed at GET /api/backups once complete.";
    public string InputSchema => """{ "type": "object", "properties": {}, "additionalProperties": false }""";

    public async Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct)
    {
        if (await session.LoadAsync<User>(context.OwnerId, ct) is not { Role: Roles.SuperAdmin, Disabled: false })
            throw ProblemException.Forbidden("Only a super_admin may back up the platform.");
        var (archive, manifest) = await archives.CreateAsync(store, context.Log, ct);
        return new JobStepOutcome(new { archive.Name, archive.Bytes, manifest.Files, manifest.FileBytes, manifest.ServerVersion, Download = $"/api/backups/{archive.Name}" });
    }
}
