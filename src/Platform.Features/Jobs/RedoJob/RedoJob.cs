using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <param name="Feedback">What should be different this time: kept on the job, in its comments, and given to its steps.</param>
public sealed record RedoJobRequest(string? Feedback = null);

public sealed record RedoJob(Guid JobId, string? Feedback) : IRequest<JobResponse>;

public sealed class RedoJobValidator : AbstractValidator<RedoJob>
{
    public RedoJobValidator() => RuleFor(x => x.Feedback).MaximumLength(4000);
}

/// <summary>Queues a finished job again from its first step, with optional feedback.</summary>
public sealed class RedoJobHandler(IDocumentStore store, IQuerySession session, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<RedoJob, JobResponse>
{
    public ValueTask<JobResponse> Handle(RedoJob request, CancellationToken ct) => JobRequeue.RequeueAsync(store, session, dispatcher, caller, request.JobId, "redone", job =>
    {
        var now = clock.GetUtcNow();
        foreach (var step in job.Steps) step.Reset();
        job.Feedback = string.IsNullOrWhiteSpace(request.Feedback) ? null : request.Feedback.Trim();
        if (job.Feedback is not null) job.Comments.Add(new JobComment(Guid.CreateVersion7(), caller.Id, $"Redo: {job.Feedback}", now));
        job.Requeue(now, job.Feedback is null ? "redo" : $"redo with feedback: {job.Feedback}");
    }, ct);
}
