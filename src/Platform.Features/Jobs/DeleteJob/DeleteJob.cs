using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed record DeleteJob(Guid JobId) : IRequest;

/// <summary>Deletes a job that is not running, with its artifacts.</summary>
public sealed class DeleteJobHandler(IDocumentSession session, JobArtifacts artifacts, CurrentUser caller) : IRequestHandler<DeleteJob>
{
    public async ValueTask<Unit> Handle(DeleteJob request, CancellationToken ct)
    {
        var job = await session.RequireJobAsync(request.JobId, caller, ct);
        if (job.Status == JobStatus.Running) throw JobAccess.NotNow(job, "deleted (cancel it first)");
        // Not if a worker claimed it since it was read.
        var running = JobStatus.Running;
        session.DeleteWhere<Job>(j => j.Id == job.Id && j.Status != running);
        await session.SaveChangesAsync(ct);
        artifacts.Delete(job.Id);
        return Unit.Value;
    }
}
