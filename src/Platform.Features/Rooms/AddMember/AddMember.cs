using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Identity;

namespace Platform.Features.Rooms;

public sealed record AddMemberRequest(string Email, RoomRole Role);

public sealed record AddMember(Guid RoomId, string Email, RoomRole Role) : IRequest<MemberResponse>;

public sealed class AddMemberValidator : AbstractValidator<AddMember>
{
    public AddMemberValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Role).IsInEnum();
    }
}

/// <summary>
/// Adds a person by email (owners). Without an account with that confirmed address yet, they are invited and join
/// when the address is confirmed: an unconfirmed account may belong to someone who registered another's address.
/// </summary>
public sealed class AddMemberHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<AddMember, MemberResponse>
{
    public async ValueTask<MemberResponse> Handle(AddMember request, CancellationToken ct)
    {
        var stream = await session.Events.FetchForExclusiveWriting<Room>(request.RoomId, ct);
        var room = RoomAccess.Require(stream.Aggregate, caller, RoomRole.Owner);
        var email = User.NormalizeEmail(request.Email);
        var now = clock.GetUtcNow();

        var user = await session.Query<User>().FirstOrDefaultAsync(u => u.Email == email, ct);
        if (user is { EmailVerified: true })
        {
            if (room.Member(user.Id) is not null) throw ProblemException.Conflict($"{email} is already a member of this room.");
            stream.AppendOne(new MemberAdded(user.Id, email, request.Role, caller.Id, now));
            await session.SaveChangesAsync(ct);
            return new MemberResponse(user.Id, email, user.DisplayName, request.Role, MemberStatus.Active, now);
        }

        if (room.Invitations.Any(i => i.Email == email)) throw ProblemException.Conflict($"{email} is already invited to this room.");
        var invitation = new MemberInvited(Guid.CreateVersion7(), email, request.Role, caller.Id, now);
        stream.AppendOne(invitation);
        await session.SaveChangesAsync(ct);
        return new MemberResponse(invitation.InvitationId, email, null, request.Role, MemberStatus.Pending, now);
    }
}
