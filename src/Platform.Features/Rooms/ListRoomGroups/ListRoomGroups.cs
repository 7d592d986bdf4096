using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed record ListRoomGroups(Guid RoomId) : IRequest<IReadOnlyList<RoomGroupGrant>>;

/// <summary>The groups the room is shared with, and the role each gives.</summary>
public sealed class ListRoomGroupsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListRoomGroups, IReadOnlyList<RoomGroupGrant>>
{
    public async ValueTask<IReadOnlyList<RoomGroupGrant>> Handle(ListRoomGroups request, CancellationToken ct) =>
        (await session.RequireAsync(request.RoomId, caller, RoomRole.Viewer, ct)).GroupGrants.OrderBy(g => g.GroupName, StringComparer.OrdinalIgnoreCase).ToList();
}
