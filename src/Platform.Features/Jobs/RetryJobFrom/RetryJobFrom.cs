using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <param name="StepId">The step to run again, with every step that needs it; the others keep their results.</param>
public sealed record RetryJobFrom(Guid JobId, string StepId) : IRequest<JobResponse>;

/// <summary>Queues a finished job again from one step.</summary>
public sealed class RetryJobFromHandler(IDocumentStore store, IQuerySession session, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<RetryJobFrom, JobResponse>
{
    public ValueTask<JobResponse> Handle(RetryJobFrom request, CancellationToken ct) => JobRequeue.RequeueAsync(store, session, dispatcher, caller, request.JobId, "retried", job => job.RetryFrom(request.StepId, clock.GetUtcNow()), ct);
}
