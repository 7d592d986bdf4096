using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

public sealed record DeleteAutomation(Guid AutomationId) : IRequest;

/// <summary>Deletes the automation with its versions and delivery keys; its past runs stay in the jobs list.</summary>
public sealed class DeleteAutomationHandler(IDocumentSession session, CurrentUser caller) : IRequestHandler<DeleteAutomation>
{
    public async ValueTask<Unit> Handle(DeleteAutomation request, CancellationToken ct)
    {
        var automation = await session.RequireAutomationAsync(request.AutomationId, caller, RoomRole.Editor, ct);
        AutomationRemoval.Delete(session, automation.Id);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
