using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Automations;

/// <param name="Search">Part of the name, any case.</param>
/// <param name="RoomId">Only this room's (for its members).</param>
public sealed record ListAutomations(string? Search, Guid? RoomId, int Offset, int Limit) : IRequest<Page<AutomationResponse>>, IPagedRequest;

/// <summary>My automations and those of rooms I belong to; newest first.</summary>
public sealed class ListAutomationsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListAutomations, Page<AutomationResponse>>
{
    public async ValueTask<Page<AutomationResponse>> Handle(ListAutomations request, CancellationToken ct)
    {
        IQueryable<Automation> query = session.Query<Automation>().Stats(out QueryStatistics stats);
        if (request.RoomId is { } roomId)
        {
            await session.RequireAsync(roomId, caller, RoomRole.Viewer, ct);
            query = query.Where(a => a.RoomId == roomId);
        }
        else
        {
            var me = caller.Id;
            var rooms = (await session.AllRoomsOfAsync(caller, ct)).Select(r => (Guid?)r).ToArray();
            query = query.Where(a => a.OwnerId == me || a.RoomId.IsOneOf(rooms));
        }
        if (request.Search?.Trim() is { Length: > 0 } search) query = query.Where(a => a.Name.Contains(search, StringComparison.OrdinalIgnoreCase));
        var page = await query.OrderByDescending(a => a.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(page.Select(a => AutomationResponse.From(a)).ToList(), stats.TotalResults);
    }
}
