using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Jobs;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

/// <param name="Version"><c>original</c> (the default): the version the run ran; <c>current</c>: the automation's version now.</param>
public sealed record RetryAutomationRunFromRequest(string? Version);

public sealed record RetryAutomationRunFrom(Guid AutomationId, Guid RunId, string StepId, string? Version) : IRequest<JobResponse>;

public sealed class RetryAutomationRunFromValidator : AbstractValidator<RetryAutomationRunFrom>
{
    public RetryAutomationRunFromValidator() =>
        RuleFor(x => x.Version).Must(v => v is null or "original" or "current").WithMessage("'version' must be original or current.");
}

/// <summary>
/// Runs a finished run again from one step: it and every step after it run again, the others keep their stored
/// outputs. With the current version, steps it shares with the run (same id and kind) keep theirs.
/// </summary>
public sealed class RetryAutomationRunFromHandler(
    IDocumentStore store, IQuerySession session, AutomationGraphCheck check, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<RetryAutomationRunFrom, JobResponse>
{
    public async ValueTask<JobResponse> Handle(RetryAutomationRunFrom request, CancellationToken ct)
    {
        var automation = await session.RequireAutomationAsync(request.AutomationId, caller, RoomRole.Editor, ct);
        var original = await session.RequireRunAsync(automation, request.RunId, ct);
        var current = request.Version == "current" ? check.StepsFor(automation, automation.Graph, automation.Inputs, original.Inputs) : null;
        if (current is not null && current.All(s => s.Id != request.StepId))
            throw new ProblemException(StatusCodes.Status404NotFound, "Step not found", $"Version {automation.Version} has no step '{request.StepId}'.");
        var run = await AutomationRuns.ChangeAsync(store, request.RunId, job =>
        {
            JobRequeue.RequireFinished(job, "retried");
            var now = clock.GetUtcNow();
            if (current is null)
            {
                job.RetryFrom(request.StepId, now);
                return true;
            }
            var again = JobGraph.WithDependents(current, request.StepId);
            foreach (var step in current.Where(s => !again.Contains(s.Id)))
                if (job.Step(step.Id) is { } kept && kept.Kind == step.Kind && StepStatus.IsSettled(kept.Status))
                {
                    step.Status = kept.Status;
                    step.Output = kept.Output;
                    step.HasArtifact = kept.HasArtifact;
                    step.Approved = kept.Approved;
                    step.StartedAt = kept.StartedAt;
                    step.EndedAt = kept.EndedAt;
                }
            job.Steps = current;
            job.TemplateVersion = automation.Version;
            job.Requeue(now, $"retry from step '{request.StepId}' on version {automation.Version}");
            return true;
        }, ct);
        dispatcher.JobsQueued();
        return JobResponse.From(run);
    }
}
