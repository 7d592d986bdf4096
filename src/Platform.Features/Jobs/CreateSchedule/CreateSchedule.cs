using System.Text.Json;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <param name="Cron">Five fields (minute hour day month weekday), or six with seconds first; macros such as @daily.</param>
/// <param name="Timezone">IANA name the rule is read in (UTC unless given); daylight saving is followed.</param>
public sealed record CreateSchedule(string Name, string TemplateId, string Cron, JsonElement? Inputs = null, string Timezone = "UTC", bool Enabled = true)
    : IRequest<ScheduleResponse>;

public sealed class CreateScheduleValidator : AbstractValidator<CreateSchedule>
{
    public CreateScheduleValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.TemplateId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Cron).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Timezone).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Inputs).IsObjectOrAbsent();
    }
}

public sealed class CreateScheduleHandler(IDocumentSession session, JobTemplates templates, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<CreateSchedule, ScheduleResponse>
{
    public async ValueTask<ScheduleResponse> Handle(CreateSchedule request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var schedule = new Schedule
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, Name = request.Name.Trim(), TemplateId = request.TemplateId, Cron = request.Cron,
            Timezone = request.Timezone, Enabled = request.Enabled, CreatedAt = now,
            Inputs = TemplateInputs.OrEmpty(request.Inputs),
        };
        ScheduleRules.Apply(schedule, templates, now);
        session.Insert(schedule);
        await session.SaveChangesAsync(ct);
        dispatcher.SchedulesChanged();
        return ScheduleResponse.From(schedule);
    }
}
