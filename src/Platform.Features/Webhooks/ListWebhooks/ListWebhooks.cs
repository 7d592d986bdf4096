using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Webhooks;

public sealed record ListWebhooks(Guid? RoomId, int Offset, int Limit) : IRequest<Page<WebhookResponse>>, IPagedRequest;

/// <summary>My webhooks and my rooms' (or one room's), newest first.</summary>
public sealed class ListWebhooksHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListWebhooks, Page<WebhookResponse>>
{
    public async ValueTask<Page<WebhookResponse>> Handle(ListWebhooks request, CancellationToken ct)
    {
        IQueryable<Webhook> query = session.Query<Webhook>().Stats(out QueryStatistics stats);
        if (request.RoomId is { } roomId)
        {
            await session.RequireAsync(roomId, caller, RoomRole.Viewer, ct);
            query = query.Where(w => w.RoomId == roomId);
        }
        else
        {
            var me = caller.Id;
            var rooms = (await session.AllRoomsOfAsync(caller, ct)).Select(r => (Guid?)r).ToArray();
            query = query.Where(w => w.OwnerId == me || w.RoomId.IsOneOf(rooms));
        }
        var page = await query.OrderByDescending(w => w.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(page.Select(w => WebhookResponse.From(w)).ToList(), stats.TotalResults);
    }
}
