using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed record ChangeMemberRoleRequest(RoomRole Role);

public sealed record ChangeMemberRole(Guid RoomId, Guid MemberId, RoomRole Role) : IRequest<MemberResponse>;

public sealed class ChangeMemberRoleValidator : AbstractValidator<ChangeMemberRole>
{
    public ChangeMemberRoleValidator() => RuleFor(x => x.Role).IsInEnum();
}

/// <summary>Changes a member's (or a pending invitation's) role (owners). The last owner cannot be demoted.</summary>
public sealed class ChangeMemberRoleHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<ChangeMemberRole, MemberResponse>
{
    public async ValueTask<MemberResponse> Handle(ChangeMemberRole request, CancellationToken ct)
    {
        var stream = await session.Events.FetchForExclusiveWriting<Room>(request.RoomId, ct);
        var room = RoomAccess.Require(stream.Aggregate, caller, RoomRole.Owner);
        var now = clock.GetUtcNow();

        if (room.Member(request.MemberId) is { } member)
        {
            if (member.Role == RoomRole.Owner && request.Role != RoomRole.Owner && room.OwnerCount == 1)
                throw ProblemException.Conflict("A room needs an owner: make someone else owner before demoting the last one.");
            if (member.Role != request.Role) stream.AppendOne(new MemberRoleChanged(member.UserId, request.Role, caller.Id, now));
            await session.SaveChangesAsync(ct);
            return new MemberResponse(member.UserId, member.Email, null, request.Role, MemberStatus.Active, member.JoinedAt);
        }

        var invitation = room.Invitations.FirstOrDefault(i => i.Id == request.MemberId)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "No such member or invitation in this room.");
        if (invitation.Role != request.Role)
        {
            stream.AppendOne(new InvitationRevoked(invitation.Id, caller.Id, now));
            stream.AppendOne(new MemberInvited(invitation.Id, invitation.Email, request.Role, caller.Id, invitation.InvitedAt));
            await session.SaveChangesAsync(ct);
        }
        return new MemberResponse(invitation.Id, invitation.Email, null, request.Role, MemberStatus.Pending, invitation.InvitedAt);
    }
}
