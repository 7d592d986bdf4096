using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed record GetRoomStatus(Guid RoomId) : IRequest<RoomStatusResponse>;

public sealed record RoomStatusResponse(Guid RoomId, string Name, IReadOnlyList<RoomHolding> Holds, DateTimeOffset LastActivityAt);

public sealed class RoomContents : IRoomStatusContributor
{
    public async Task<IReadOnlyList<RoomHolding>> DescribeAsync(IQuerySession session, Room room, CancellationToken ct) =>
    [
        new("members", room.Members.Count),
        new("invitations", room.Invitations.Count),
        new("messages", await session.Query<RoomMessage>().CountAsync(m => m.RoomId == room.Id, ct)),
    ];
}

public sealed class GetRoomStatusHandler(IQuerySession session, CurrentUser caller, IEnumerable<IRoomStatusContributor> contributors)
    : IRequestHandler<GetRoomStatus, RoomStatusResponse>
{
    public async ValueTask<RoomStatusResponse> Handle(GetRoomStatus request, CancellationToken ct)
    {
        var room = await session.RequireAsync(request.RoomId, caller, RoomRole.Viewer, ct);
        var holds = new List<RoomHolding>();
        foreach (var contributor in contributors) holds.AddRange(await contributor.DescribeAsync(session, room, ct));
        return new(room.Id, room.Name, holds, room.UpdatedAt);
    }
}
