using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

public sealed record RunScheduleNow(Guid ScheduleId) : IRequest<ScheduleRun>;

public sealed record ScheduleRun(Guid JobId);

/// <summary>A job of the schedule's template and inputs, queued now, outside its slots (its scheduledFor is null).</summary>
public sealed class RunScheduleNowHandler(IDocumentSession session, JobTemplates templates, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<RunScheduleNow, ScheduleRun>
{
    public async ValueTask<ScheduleRun> Handle(RunScheduleNow request, CancellationToken ct)
    {
        var schedule = await session.RequireScheduleAsync(request.ScheduleId, caller, ct);
        var template = templates.Find(schedule.TemplateId)
            ?? throw ProblemException.Conflict($"The schedule's template '{schedule.TemplateId}' no longer exists; change the schedule's template.");
        var job = Job.Create(template, templates.StepsFor(template, schedule.Inputs), schedule.OwnerId, schedule.Inputs, clock.GetUtcNow());
        job.ScheduleId = schedule.Id;
        job.QueuedReason = "run now";
        session.Insert(job);
        await session.SaveChangesAsync(ct);
        dispatcher.JobsQueued();
        return new ScheduleRun(job.Id);
    }
}
