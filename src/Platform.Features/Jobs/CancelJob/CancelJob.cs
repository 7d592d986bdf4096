using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed record CancelJob(Guid JobId) : IRequest<JobResponse>;

/// <summary>
/// A job not yet running is cancelled at once; a running one is asked to stop (cancelRequested) and its worker stops
/// it, at once on this instance, at its next heartbeat elsewhere.
/// </summary>
public sealed class CancelJobHandler(IDocumentStore store, IQuerySession session, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<CancelJob, JobResponse>
{
    public async ValueTask<JobResponse> Handle(CancelJob request, CancellationToken ct)
    {
        await session.RequireJobAsync(request.JobId, caller, ct);
        var job = await JobUpdates.ChangeAsync(store, request.JobId, job => job.RequestCancel(clock.GetUtcNow()), ct)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Job not found", "The job was deleted.");
        if (job.Status == JobStatus.Running) dispatcher.CancelHere(job.Id);
        return JobResponse.From(job);
    }
}
