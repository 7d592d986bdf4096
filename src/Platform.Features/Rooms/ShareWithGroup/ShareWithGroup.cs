using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Rooms;

public sealed record ShareWithGroupRequest(Guid OrganizationId, Guid GroupId, RoomRole Role = RoomRole.Viewer);

public sealed record ShareWithGroup(Guid RoomId, Guid OrganizationId, Guid GroupId, RoomRole Role) : IRequest<RoomGroupGrant>;

public sealed class ShareWithGroupValidator : AbstractValidator<ShareWithGroup>
{
    public ShareWithGroupValidator() =>
        RuleFor(x => x.Role).IsInEnum().NotEqual(RoomRole.Owner).WithMessage("A group may be given the viewer or editor role.");
}

/// <summary>
/// Shares the room with a group of an organisation the caller belongs to (room owners): its members hold the role
/// in the room from their next request, and lose it when they leave the group. Sharing again changes the role.
/// </summary>
public sealed class ShareWithGroupHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<ShareWithGroup, RoomGroupGrant>
{
    public const int MaxGroupsPerRoom = 100;

    public async ValueTask<RoomGroupGrant> Handle(ShareWithGroup request, CancellationToken ct)
    {
        var stream = await session.Events.FetchForExclusiveWriting<Room>(request.RoomId, ct);
        var room = RoomAccess.Require(stream.Aggregate, caller, RoomRole.Owner);
        var organization = await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Member, ct);
        var group = organization.Group(request.GroupId) ?? throw OrganizationAccess.GroupNotFound();
        if (room.GroupGrants.Count >= MaxGroupsPerRoom && room.GroupGrants.All(g => g.GroupId != group.Id))
            throw ProblemException.Conflict($"A room is shared with at most {MaxGroupsPerRoom} groups.");
        var granted = new GroupGranted(organization.Id, group.Id, group.Name, request.Role, caller.Id, clock.GetUtcNow());
        stream.AppendOne(granted);
        await session.SaveChangesAsync(ct);
        return new RoomGroupGrant(granted.OrganizationId, granted.GroupId, granted.GroupName, granted.Role, granted.GrantedAt);
    }
}
