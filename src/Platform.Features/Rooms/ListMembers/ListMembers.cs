using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Identity;

namespace Platform.Features.Rooms;

public sealed record ListMembers(Guid RoomId) : IRequest<Page<MemberResponse>>;

/// <summary>Members (owners first) and then pending invitations.</summary>
public sealed class ListMembersHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListMembers, Page<MemberResponse>>
{
    public async ValueTask<Page<MemberResponse>> Handle(ListMembers request, CancellationToken ct)
    {
        var room = await session.RequireAsync(request.RoomId, caller, RoomRole.Viewer, ct);
        var users = (await session.LoadManyAsync<User>(ct, room.Members.Select(m => m.UserId))).ToDictionary(u => u.Id);
        var items = room.Members
            .OrderByDescending(m => m.Role).ThenBy(m => m.JoinedAt)
            .Select(m => new MemberResponse(m.UserId, m.Email, users.GetValueOrDefault(m.UserId)?.DisplayName, m.Role, MemberStatus.Active, m.JoinedAt))
            .Concat(room.Invitations.Select(i => new MemberResponse(i.Id, i.Email, null, i.Role, MemberStatus.Pending, i.InvitedAt)))
            .ToList();
        return new(items, items.Count);
    }
}
