using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Webhooks;

public sealed record GetWebhook(Guid WebhookId) : IRequest<WebhookResponse>;

public sealed class GetWebhookHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetWebhook, WebhookResponse>
{
    public async ValueTask<WebhookResponse> Handle(GetWebhook request, CancellationToken ct) =>
        WebhookResponse.From(await session.RequireWebhookAsync(request.WebhookId, caller, RoomRole.Viewer, ct));
}
