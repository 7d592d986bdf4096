using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <param name="Feedback">What should be different this time: kept on the job, in its comments, and given to its steps.</param>
public sealed record RedoJobRequest(string? Feedback = null);

public sealed record RedoJob(Guid JobId, string? Feedback) : IRequest<JobResponse>;

/// <param name="StepId">The step to run again, with every step that needs it; the others keep their results.</param>
public sealed record RetryJobFrom(Guid JobId, string StepId) : IRequest<JobResponse>;

public sealed record UnblockJob(Guid JobId) : IRequest<JobResponse>;

public sealed class RedoJobValidator : AbstractValidator<RedoJob>
{
    public RedoJobValidator() => RuleFor(x => x.Feedback).MaximumLength(4000);
}

/// <summary>The ways a settled job goes back to the queue: redo from the start, retry from a step, or unblock.</summary>
public sealed class RequeueJobHandler(IDocumentStore store, IQuerySession session, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<RedoJob, JobResponse>, IRequestHandler<RetryJobFrom, JobResponse>, IRequestHandler<UnblockJob, JobResponse>
{
    private static readonly string[] Finished = [JobStatus.Done, JobStatus.Failed, JobStatus.Cancelled, JobStatus.Blocked];

    public ValueTask<JobResponse> Handle(RedoJob request, CancellationToken ct) => RequeueAsync(request.JobId, "redone", job =>
    {
        var now = clock.GetUtcNow();
        foreach (var step in job.Steps) step.Reset();
        job.Feedback = string.IsNullOrWhiteSpace(request.Feedback) ? null : request.Feedback.Trim();
        if (job.Feedback is not null) job.Comments.Add(new JobComment(Guid.CreateVersion7(), caller.Id, $"Redo: {job.Feedback}", now));
        job.Requeue(now, job.Feedback is null ? "redo" : $"redo with feedback: {job.Feedback}");
    }, ct);

    public ValueTask<JobResponse> Handle(RetryJobFrom request, CancellationToken ct) => RequeueAsync(request.JobId, "retried", job =>
    {
        if (job.Step(request.StepId) is null)
            throw new ProblemException(StatusCodes.Status404NotFound, "Step not found", $"The job has no step '{request.StepId}'.");
        var again = JobGraph.WithDependents(job.Steps, request.StepId);
        foreach (var step in job.Steps.Where(s => again.Contains(s.Id))) step.Reset();
        job.Requeue(clock.GetUtcNow(), $"retry from step '{request.StepId}'");
    }, ct);

    public ValueTask<JobResponse> Handle(UnblockJob request, CancellationToken ct) => RequeueAsync(request.JobId, "unblocked", job =>
    {
        if (job.Status != JobStatus.Blocked) throw JobAccess.NotNow(job, "unblocked");
        foreach (var step in job.Steps.Where(s => s.Status == StepStatus.Blocked)) step.Approved = true;
        job.Comments.Add(new JobComment(Guid.CreateVersion7(), caller.Id, "Unblocked.", clock.GetUtcNow()));
        job.Requeue(clock.GetUtcNow(), "unblocked");
    }, ct);

    private async ValueTask<JobResponse> RequeueAsync(Guid jobId, string action, Action<Job> requeue, CancellationToken ct)
    {
        await session.RequireJobAsync(jobId, caller, ct);
        var job = await JobUpdates.ChangeAsync(store, jobId, job =>
        {
            if (!Finished.Contains(job.Status)) throw JobAccess.NotNow(job, action);
            requeue(job);
            return true;
        }, ct) ?? throw new ProblemException(StatusCodes.Status404NotFound, "Job not found", "The job was deleted.");
        dispatcher.JobsQueued();
        return JobResponse.From(job);
    }
}
