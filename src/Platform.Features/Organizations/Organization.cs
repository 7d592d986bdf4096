using System.Text.Json.Serialization;

namespace Platform.Features.Organizations;

/// <summary>What a member may do: members read, admins manage members and groups, owners also delete and name owners.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrganizationRole>))]
public enum OrganizationRole
{
    [JsonStringEnumMemberName("member")] Member = 1,
    [JsonStringEnumMemberName("admin")] Admin = 2,
    [JsonStringEnumMemberName("owner")] Owner = 3,
}

public sealed record OrganizationMember(Guid UserId, string Email, OrganizationRole Role, DateTimeOffset JoinedAt);

/// <summary>Some of an organisation's members, named, so that something can be shared with all of them at once.</summary>
public sealed class OrganizationGroup
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public List<Guid> MemberIds { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A team or company: its members with their roles, and its groups.</summary>
public sealed class Organization
{
    public const int MaxMembers = 10_000;
    public const int MaxGroups = 500;

    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<OrganizationMember> Members { get; set; } = [];
    public List<OrganizationGroup> Groups { get; set; } = [];

    public OrganizationMember? Member(Guid userId) => Members.FirstOrDefault(m => m.UserId == userId);

    public OrganizationGroup? Group(Guid groupId) => Groups.FirstOrDefault(g => g.Id == groupId);

    public int OwnerCount => Members.Count(m => m.Role == OrganizationRole.Owner);

    /// <summary>Takes someone out, and out of every group.</summary>
    public void Remove(Guid userId)
    {
        Members.RemoveAll(m => m.UserId == userId);
        foreach (var group in Groups) group.MemberIds.Remove(userId);
    }
}

public sealed record GroupResponse(Guid Id, string Name, string? Description, IReadOnlyList<Guid> MemberIds, DateTimeOffset CreatedAt)
{
    public static GroupResponse From(OrganizationGroup g) => new(g.Id, g.Name, g.Description, g.MemberIds, g.CreatedAt);
}

/// <param name="MyRole">The caller's role; null for a platform administrator who is not a member.</param>
public sealed record OrganizationResponse(
    Guid Id, string Name, string? Description, OrganizationRole? MyRole, int MemberCount, IReadOnlyList<GroupResponse> Groups,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static OrganizationResponse From(Organization o, Guid caller) =>
        new(o.Id, o.Name, o.Description, o.Member(caller)?.Role, o.Members.Count, o.Groups.Select(GroupResponse.From).ToList(), o.CreatedAt, o.UpdatedAt);
}

public sealed record OrganizationMemberResponse(Guid UserId, string Email, OrganizationRole Role, IReadOnlyList<Guid> GroupIds, DateTimeOffset JoinedAt)
{
    public static OrganizationMemberResponse From(Organization o, OrganizationMember m) =>
        new(m.UserId, m.Email, m.Role, o.Groups.Where(g => g.MemberIds.Contains(m.UserId)).Select(g => g.Id).ToList(), m.JoinedAt);
}
