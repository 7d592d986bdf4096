using Marten;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <summary>What redo, retry-from and unblock share: a finished job the caller may act on goes back to the queue, changed under its version.</summary>
public static class JobRequeue
{
    private static readonly string[] Finished = [JobStatus.Done, JobStatus.Failed, JobStatus.Cancelled, JobStatus.Blocked];

    /// <exception cref="ProblemException">409: the job is still queued or running.</exception>
    public static void RequireFinished(Job job, string action)
    {
        if (!Finished.Contains(job.Status)) throw JobAccess.NotNow(job, action);
    }

    public static async ValueTask<JobResponse> RequeueAsync(
        IDocumentStore store, IQuerySession session, JobDispatcher dispatcher, CurrentUser caller, Guid jobId, string action, Action<Job> requeue, CancellationToken ct)
    {
        await session.RequireJobAsync(jobId, caller, ct);
        var job = await JobUpdates.ChangeAsync(store, jobId, job =>
        {
            RequireFinished(job, action);
            requeue(job);
            return true;
        }, ct) ?? throw new ProblemException(StatusCodes.Status404NotFound, "Job not found", "The job was deleted.");
        dispatcher.JobsQueued();
        return JobResponse.From(job);
    }
}
