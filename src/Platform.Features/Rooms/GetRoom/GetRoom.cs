using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed record GetRoom(Guid RoomId) : IRequest<RoomResponse>;

public sealed class GetRoomHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetRoom, RoomResponse>
{
    public async ValueTask<RoomResponse> Handle(GetRoom request, CancellationToken ct) =>
        RoomResponse.From(await session.RequireAsync(request.RoomId, caller, RoomRole.Viewer, ct), caller);
}
