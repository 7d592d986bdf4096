using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed record UnshareFromGroup(Guid RoomId, Guid GroupId) : IRequest<Unit>;

/// <summary>Stops sharing the room with a group (room owners); its members keep only what they hold themselves.</summary>
public sealed class UnshareFromGroupHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UnshareFromGroup, Unit>
{
    public async ValueTask<Unit> Handle(UnshareFromGroup request, CancellationToken ct)
    {
        var stream = await session.Events.FetchForExclusiveWriting<Room>(request.RoomId, ct);
        var room = RoomAccess.Require(stream.Aggregate, caller, RoomRole.Owner);
        if (room.GroupGrants.All(g => g.GroupId != request.GroupId))
            throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "The room is not shared with this group.");
        stream.AppendOne(new GroupGrantRevoked(request.GroupId, caller.Id, clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
