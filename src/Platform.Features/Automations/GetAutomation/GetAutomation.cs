using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

public sealed record GetAutomation(Guid AutomationId) : IRequest<AutomationResponse>;

public sealed class GetAutomationHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetAutomation, AutomationResponse>
{
    public async ValueTask<AutomationResponse> Handle(GetAutomation request, CancellationToken ct) =>
        AutomationResponse.From(await session.RequireAutomationAsync(request.AutomationId, caller, RoomRole.Viewer, ct));
}
