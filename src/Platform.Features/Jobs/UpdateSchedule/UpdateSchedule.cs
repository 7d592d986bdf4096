using System.Text.Json;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <summary>Fields left out stay as they are.</summary>
public sealed record UpdateScheduleRequest(string? Name = null, string? TemplateId = null, JsonElement? Inputs = null, string? Cron = null, string? Timezone = null);

public sealed record UpdateSchedule(Guid ScheduleId, UpdateScheduleRequest Changes) : IRequest<ScheduleResponse>;

public sealed record EnableSchedule(Guid ScheduleId, bool Enabled) : IRequest<ScheduleResponse>;

public sealed record DeleteSchedule(Guid ScheduleId) : IRequest;

public sealed class UpdateScheduleValidator : AbstractValidator<UpdateSchedule>
{
    public UpdateScheduleValidator()
    {
        RuleFor(x => x.Changes.Name).NotEmpty().MaximumLength(200).When(x => x.Changes.Name is not null).OverridePropertyName("name");
        RuleFor(x => x.Changes.TemplateId).NotEmpty().MaximumLength(100).When(x => x.Changes.TemplateId is not null).OverridePropertyName("templateId");
        RuleFor(x => x.Changes.Cron).NotEmpty().MaximumLength(200).When(x => x.Changes.Cron is not null).OverridePropertyName("cron");
        RuleFor(x => x.Changes.Timezone).NotEmpty().MaximumLength(100).When(x => x.Changes.Timezone is not null).OverridePropertyName("timezone");
        RuleFor(x => x.Changes.Inputs).IsObjectOrAbsent().OverridePropertyName("inputs");
    }
}

/// <summary>Edits, pausing and resuming (which recomputes the next run from now), and deletion, which keeps the jobs it spawned.</summary>
public sealed class UpdateScheduleHandler(IDocumentSession session, JobTemplates templates, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<UpdateSchedule, ScheduleResponse>, IRequestHandler<EnableSchedule, ScheduleResponse>, IRequestHandler<DeleteSchedule>
{
    public ValueTask<ScheduleResponse> Handle(UpdateSchedule request, CancellationToken ct) =>
        ChangeAsync(request.ScheduleId, schedule =>
        {
            var changes = request.Changes;
            if (changes.Name is { } name) schedule.Name = name.Trim();
            if (changes.TemplateId is { } templateId) schedule.TemplateId = templateId;
            if (changes.Inputs is { ValueKind: JsonValueKind.Object } inputs) schedule.Inputs = inputs.Clone();
            if (changes.Cron is { } cron) schedule.Cron = cron;
            if (changes.Timezone is { } timezone) schedule.Timezone = timezone;
        }, ct);

    public ValueTask<ScheduleResponse> Handle(EnableSchedule request, CancellationToken ct) =>
        ChangeAsync(request.ScheduleId, schedule =>
        {
            schedule.Enabled = request.Enabled;
            if (request.Enabled) schedule.LastError = null;
        }, ct);

    public async ValueTask<Unit> Handle(DeleteSchedule request, CancellationToken ct)
    {
        var schedule = await session.RequireScheduleAsync(request.ScheduleId, caller, ct);
        session.Delete(schedule);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }

    /// <summary>Applies the change to the schedule as stored, again if the leader fired a slot in between.</summary>
    private async ValueTask<ScheduleResponse> ChangeAsync(Guid scheduleId, Action<Schedule> change, CancellationToken ct)
    {
        var schedule = await session.SaveChangedAsync(async () =>
        {
            var stored = await session.RequireScheduleAsync(scheduleId, caller, ct);
            change(stored);
            ScheduleRules.Apply(stored, templates, clock.GetUtcNow());
            session.Update(stored);
            return stored;
        }, ct);
        dispatcher.SchedulesChanged();
        return ScheduleResponse.From(schedule);
    }
}
