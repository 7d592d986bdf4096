using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed record ArchiveJob(Guid JobId) : IRequest<JobResponse>;

/// <summary>Takes a job that is not running off the board, keeping it: listed only when archived jobs are asked for.</summary>
public sealed class ArchiveJobHandler(IDocumentStore store, IQuerySession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<ArchiveJob, JobResponse>
{
    public async ValueTask<JobResponse> Handle(ArchiveJob request, CancellationToken ct)
    {
        await session.RequireJobAsync(request.JobId, caller, ct);
        var job = await JobUpdates.ChangeAsync(store, request.JobId, job =>
        {
            if (job.Status == JobStatus.Archived) return false;
            if (job.Status == JobStatus.Running) throw JobAccess.NotNow(job, "archived (cancel it first)");
            job.ClaimedBy = null;
            job.MoveTo(JobStatus.Archived, clock.GetUtcNow(), "Archived.");
            return true;
        }, ct) ?? throw new ProblemException(StatusCodes.Status404NotFound, "Job not found", "The job was deleted.");
        return JobResponse.From(job);
    }
}
