using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Backups;

public sealed record ListBackups : IRequest<BackupList>;

/// <param name="Keep">How many archives are kept (0: all); older ones are deleted after a new one is complete.</param>
public sealed record BackupList(IReadOnlyList<BackupInfo> Items, int Keep);

/// <summary>The complete archives, newest first (one being written is not listed until it is whole).</summary>
public sealed class ListBackupsHandler(BackupArchives archives, Microsoft.Extensions.Options.IOptions<BackupOptions> options, CurrentUser caller)
    : IRequestHandler<ListBackups, BackupList>
{
    public ValueTask<BackupList> Handle(ListBackups request, CancellationToken ct) =>
        caller.IsSuperAdmin
            ? ValueTask.FromResult(new BackupList(archives.List(), options.Value.Keep))
            : throw ProblemException.Forbidden("Only a super_admin may see the platform's backups.");
}
