using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed record RemoveMember(Guid RoomId, Guid MemberId) : IRequest;

/// <summary>
/// Removes a member or revokes an invitation (owners); any member may remove themselves (leave).
/// The last owner can neither leave nor be removed.
/// </summary>
public sealed class RemoveMemberHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<RemoveMember>
{
    public async ValueTask<Unit> Handle(RemoveMember request, CancellationToken ct)
    {
        var stream = await session.Events.FetchForExclusiveWriting<Room>(request.RoomId, ct);
        var leaving = request.MemberId == caller.Id;
        var room = RoomAccess.Require(stream.Aggregate, caller, leaving ? RoomRole.Viewer : RoomRole.Owner);
        var now = clock.GetUtcNow();

        if (room.Member(request.MemberId) is { } member)
        {
            if (member.Role == RoomRole.Owner && room.OwnerCount == 1)
                throw ProblemException.Conflict("A room needs an owner: make someone else owner first, or delete the room.");
            stream.AppendOne(new MemberRemoved(member.UserId, caller.Id, now));
        }
        else if (room.Invitations.FirstOrDefault(i => i.Id == request.MemberId) is { } invitation)
            stream.AppendOne(new InvitationRevoked(invitation.Id, caller.Id, now));
        else
            throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "No such member or invitation in this room.");

        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
