using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Backups;

public sealed record DownloadBackup(string Name) : IRequest<string>;

public sealed class DownloadBackupHandler(BackupArchives archives, CurrentUser caller) : IRequestHandler<DownloadBackup, string>
{
    public ValueTask<string> Handle(DownloadBackup request, CancellationToken ct) => ValueTask.FromResult(archives.Require(request.Name, caller));
}
