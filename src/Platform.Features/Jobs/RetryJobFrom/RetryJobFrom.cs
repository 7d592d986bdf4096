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
    public ValueTask<JobResponse> Handle(RetryJobFrom request, CancellationToken ct) => JobRequeue.RequeueAsync(store, session, dispatcher, caller, request.JobId, "retried", job =>
    {
        if (job.Step(request.StepId) is null)
            throw new ProblemException(StatusCodes.Status404NotFound, "Step not found", $"The job has no step '{request.StepId}'.");
        var again = JobGraph.WithDependents(job.Steps, request.StepId);
        foreach (var step in job.Steps.Where(s => again.Contains(s.Id))) step.Reset();
        job.Requeue(clock.GetUtcNow(), $"retry from step '{request.StepId}'");
    }, ct);
}
