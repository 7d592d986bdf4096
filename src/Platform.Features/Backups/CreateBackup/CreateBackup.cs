using Mediator;
using Platform.Features.Common;
using Platform.Features.Jobs;

namespace Platform.Features.Backups;

public sealed record CreateBackup : IRequest<JobResponse>;

/// <summary>Queues a <see cref="BackupJob"/> for the caller, who must be a super_admin.</summary>
public sealed class CreateBackupHandler(IMediator mediator, CurrentUser caller) : IRequestHandler<CreateBackup, JobResponse>
{
    public async ValueTask<JobResponse> Handle(CreateBackup request, CancellationToken ct)
    {
        if (!caller.IsSuperAdmin) throw ProblemException.Forbidden("Only a super_admin may back up the platform.");
        return await mediator.Send(new CreateJob(BackupJob.Kind), ct);
    }
}
