using System.Text.Json;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <param name="TemplateId">A template from GET /api/templates.</param>
/// <param name="Inputs">Checked against the template's input schema.</param>
/// <param name="ScheduledAt">Start no earlier than this (within a year); now when left out.</param>
public sealed record CreateJob(string TemplateId, JsonElement? Inputs = null, DateTimeOffset? ScheduledAt = null) : IRequest<JobResponse>;

public sealed class CreateJobValidator : AbstractValidator<CreateJob>
{
    public CreateJobValidator(TimeProvider clock)
    {
        RuleFor(x => x.TemplateId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Inputs).IsObjectOrAbsent();
        RuleFor(x => x.ScheduledAt).Must(at => at is null || at <= clock.GetUtcNow().AddYears(1)).WithMessage("'scheduledAt' may be at most a year ahead.");
    }
}

/// <summary>A job of the template for the caller: queued now (an idle worker here starts it at once) or scheduled.</summary>
public sealed class CreateJobHandler(IDocumentSession session, JobTemplates templates, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<CreateJob, JobResponse>
{
    public async ValueTask<JobResponse> Handle(CreateJob request, CancellationToken ct)
    {
        var template = templates.Require(request.TemplateId);
        var inputs = TemplateInputs.OrEmpty(request.Inputs);
        var job = Job.Create(template, templates.StepsFor(template, inputs), caller.Id, inputs, clock.GetUtcNow(), request.ScheduledAt);
        session.Insert(job);
        await session.SaveChangesAsync(ct);
        if (job.Status == JobStatus.Queued) dispatcher.JobsQueued();
        return JobResponse.From(job);
    }
}
