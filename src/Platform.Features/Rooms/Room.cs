using System.Text.Json.Serialization;

namespace Platform.Features.Rooms;

/// <summary>What a member may do: viewers read, editors write content, owners manage members and delete.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RoomRole>))]
public enum RoomRole
{
    [JsonStringEnumMemberName("viewer")] Viewer = 1,
    [JsonStringEnumMemberName("editor")] Editor = 2,
    [JsonStringEnumMemberName("owner")] Owner = 3,
}

public sealed record RoomMember(Guid UserId, string Email, RoomRole Role, DateTimeOffset JoinedAt);

/// <summary>An invitation for an email with no account yet; it becomes a membership when that person registers.</summary>
public sealed record RoomInvitation(Guid Id, string Email, RoomRole Role, Guid InvitedBy, DateTimeOffset InvitedAt);

// The room's stream: its history.
/// <param name="OrganizationId">The organisation the room belongs to: its owners and admins hold the owner role in it.</param>
public sealed record RoomCreated(Guid RoomId, string Name, string? Description, Guid OwnerId, string OwnerEmail, DateTimeOffset CreatedAt, Guid? OrganizationId = null);
public sealed record RoomUpdated(string Name, string? Description, Guid UpdatedBy, DateTimeOffset UpdatedAt);
public sealed record MemberAdded(Guid UserId, string Email, RoomRole Role, Guid AddedBy, DateTimeOffset AddedAt);
public sealed record MemberInvited(Guid InvitationId, string Email, RoomRole Role, Guid InvitedBy, DateTimeOffset InvitedAt);
public sealed record InvitationAccepted(Guid InvitationId, Guid UserId, string Email, RoomRole Role, DateTimeOffset AcceptedAt);
public sealed record InvitationRevoked(Guid InvitationId, Guid RevokedBy, DateTimeOffset RevokedAt);
public sealed record MemberRoleChanged(Guid UserId, RoomRole Role, Guid ChangedBy, DateTimeOffset ChangedAt);
public sealed record MemberRemoved(Guid UserId, Guid RemovedBy, DateTimeOffset RemovedAt);
public sealed record MessagePosted(Guid MessageId, Guid AuthorId, string Content, DateTimeOffset PostedAt);
public sealed record GroupGranted(Guid OrganizationId, Guid GroupId, string GroupName, RoomRole Role, Guid GrantedBy, DateTimeOffset GrantedAt);
public sealed record GroupGrantRevoked(Guid GroupId, Guid RevokedBy, DateTimeOffset RevokedAt);

/// <summary>An organisation group the room is shared with: its members hold <see cref="Role"/> in the room.</summary>
public sealed record RoomGroupGrant(Guid OrganizationId, Guid GroupId, string GroupName, RoomRole Role, DateTimeOffset GrantedAt);

/// <summary>A shared workspace, event-sourced; this document is its current state, projected inline from its stream.</summary>
public sealed class Room
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<RoomMember> Members { get; set; } = [];
    public List<RoomInvitation> Invitations { get; set; } = [];
    public List<RoomGroupGrant> GroupGrants { get; set; } = [];
    /// <summary>The organisation the room belongs to, if any: its owners and admins manage the room.</summary>
    public Guid? OrganizationId { get; set; }

    public RoomMember? Member(Guid userId) => Members.FirstOrDefault(m => m.UserId == userId);

    /// <summary>The highest role someone holds, as a member or through a group the room is shared with; null when neither.</summary>
    public RoomRole? RoleOf(Guid userId, IReadOnlyCollection<Guid> groupIds)
    {
        var roles = GroupGrants.Where(g => groupIds.Contains(g.GroupId)).Select(g => g.Role);
        if (Member(userId) is { } member) roles = roles.Append(member.Role);
        if (OrganizationId is { } organization && groupIds.Contains(organization)) roles = roles.Append(RoomRole.Owner);
        return roles.Any() ? roles.Max() : null;
    }

    public int OwnerCount => Members.Count(m => m.Role == RoomRole.Owner);

    public static Room Create(RoomCreated e) => new()
    {
        Id = e.RoomId, Name = e.Name, Description = e.Description, CreatedAt = e.CreatedAt, UpdatedAt = e.CreatedAt, OrganizationId = e.OrganizationId,
        Members = [new RoomMember(e.OwnerId, e.OwnerEmail, RoomRole.Owner, e.CreatedAt)],
    };

    public void Apply(RoomUpdated e)
    {
        Name = e.Name;
        Description = e.Description;
        UpdatedAt = e.UpdatedAt;
    }

    public void Apply(MemberAdded e) => Members.Add(new RoomMember(e.UserId, e.Email, e.Role, e.AddedAt));

    public void Apply(MemberInvited e) => Invitations.Add(new RoomInvitation(e.InvitationId, e.Email, e.Role, e.InvitedBy, e.InvitedAt));

    public void Apply(InvitationAccepted e)
    {
        Invitations.RemoveAll(i => i.Id == e.InvitationId);
        if (Member(e.UserId) is null) Members.Add(new RoomMember(e.UserId, e.Email, e.Role, e.AcceptedAt));
    }

    public void Apply(InvitationRevoked e) => Invitations.RemoveAll(i => i.Id == e.InvitationId);

    public void Apply(MemberRoleChanged e)
    {
        var index = Members.FindIndex(m => m.UserId == e.UserId);
        if (index >= 0) Members[index] = Members[index] with { Role = e.Role };
    }

    public void Apply(MemberRemoved e) => Members.RemoveAll(m => m.UserId == e.UserId);

    public void Apply(MessagePosted e) => UpdatedAt = e.PostedAt;

    public void Apply(GroupGranted e)
    {
        GroupGrants.RemoveAll(g => g.GroupId == e.GroupId);
        GroupGrants.Add(new RoomGroupGrant(e.OrganizationId, e.GroupId, e.GroupName, e.Role, e.GrantedAt));
    }

    public void Apply(GroupGrantRevoked e) => GroupGrants.RemoveAll(g => g.GroupId == e.GroupId);
}

/// <summary>A chat message, projected from <see cref="MessagePosted"/> for paging.</summary>
public sealed class RoomMessage
{
    public Guid Id { get; set; }
    public Guid RoomId { get; set; }
    public Guid AuthorId { get; set; }
    public string Content { get; set; } = "";
    public DateTimeOffset PostedAt { get; set; }
}
