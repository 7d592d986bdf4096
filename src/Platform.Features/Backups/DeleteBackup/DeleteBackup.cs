using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Backups;

public sealed record DeleteBackup(string Name) : IRequest;

public sealed class DeleteBackupHandler(BackupArchives archives, CurrentUser caller) : IRequestHandler<DeleteBackup>
{
    public ValueTask<Unit> Handle(DeleteBackup request, CancellationToken ct)
    {
        File.Delete(archives.Require(request.Name, caller));
        return ValueTask.FromResult(Unit.Value);
    }
}
