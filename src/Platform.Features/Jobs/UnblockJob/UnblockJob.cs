using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed record UnblockJob(Guid JobId) : IRequest<JobResponse>;

/// <summary>Approves the step a blocked job waits at and queues it again.</summary>
public sealed class UnblockJobHandler(IDocumentStore store, IQuerySession session, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<UnblockJob, JobResponse>
{
    public ValueTask<JobResponse> Handle(UnblockJob request, CancellationToken ct) => JobRequeue.RequeueAsync(store, session, dispatcher, caller, request.JobId, "unblocked", job => job.Unblock(caller.Id, clock.GetUtcNow()), ct);
}
