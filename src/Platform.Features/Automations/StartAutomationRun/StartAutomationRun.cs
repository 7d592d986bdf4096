using System.Text.Json;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Jobs;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

public sealed record StartAutomationRunRequest(JsonElement? Inputs);

public sealed record StartAutomationRun(Guid AutomationId, JsonElement? Inputs) : IRequest<JobResponse>;

public sealed class StartAutomationRunValidator : AbstractValidator<StartAutomationRun>
{
    public StartAutomationRunValidator() => RuleFor(x => x.Inputs).IsObjectOrAbsent();
}

/// <summary>A manual run, acting for the person who starts it (a disabled automation still runs by hand).</summary>
public sealed class StartAutomationRunHandler(
    IDocumentSession session, AutomationGraphCheck check, IRoomEvents roomEvents, JobDispatcher dispatcher, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<StartAutomationRun, JobResponse>
{
    public async ValueTask<JobResponse> Handle(StartAutomationRun request, CancellationToken ct)
    {
        var automation = await session.RequireAutomationAsync(request.AutomationId, caller, RoomRole.Editor, ct);
        var run = AutomationRuns.Start(session, check, roomEvents, automation, caller.Id, TemplateInputs.OrEmpty(request.Inputs), AutomationTriggerType.Manual, clock.GetUtcNow());
        await session.SaveChangesAsync(ct);
        dispatcher.JobsQueued();
        return JobResponse.From(run);
    }
}
