using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Identity;

namespace Platform.Features.Organizations;

public sealed record GetMyPermissions : IRequest<MyPermissions>;

/// <param name="Role">The platform role this request acts with (an API key without the admin scope acts as user).</param>
/// <param name="Can">What that role allows on the platform.</param>
/// <param name="ApiKeyScopes">The scopes of the API key this request came with; null for an access token.</param>
public sealed record MyPermissions(Guid UserId, string Email, string Role, IReadOnlyList<string> Can, IReadOnlyList<string>? ApiKeyScopes,
    IReadOnlyList<OrganizationPermissions> Organizations);

public sealed record GroupMembership(Guid Id, string Name);

public sealed record OrganizationPermissions(Guid Id, string Name, OrganizationRole Role, IReadOnlyList<string> Can, IReadOnlyList<GroupMembership> Groups);

/// <summary>What the caller may do: their platform role, and in each organisation their role, groups and what they allow.</summary>
public sealed class GetMyPermissionsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetMyPermissions, MyPermissions>
{
    public async ValueTask<MyPermissions> Handle(GetMyPermissions request, CancellationToken ct)
    {
        var me = caller.Id;
        var organizations = await session.Query<Organization>().Where(o => o.Members.Any(m => m.UserId == me)).OrderBy(o => o.Name).ToListAsync(ct);
        return new MyPermissions(me, caller.Email, caller.Role, PlatformCan(caller.Role), caller.KeyScopes?.Order().ToList(),
            organizations.Select(o =>
            {
                var role = o.Member(me)!.Role;
                var groups = o.Groups.Where(g => g.MemberIds.Contains(me)).Select(g => new GroupMembership(g.Id, g.Name)).ToList();
                return new OrganizationPermissions(o.Id, o.Name, role, OrganizationCan(role), groups);
            }).ToList());
    }

    private static IReadOnlyList<string> PlatformCan(string role) => role switch
    {
        Roles.SuperAdmin => ["use", "administer users", "grant super_admin", "see every room and organisation"],
        Roles.Admin => ["use", "administer users", "see every room and organisation"],
        _ => ["use"],
    };

    private static IReadOnlyList<string> OrganizationCan(OrganizationRole role) => role switch
    {
        OrganizationRole.Owner => [.. Managing, "make owners", "delete"],
        OrganizationRole.Admin => Managing,
        _ => ["read", "create its rooms, datasets and dashboards", "read its datasets and dashboards"],
    };

    private static readonly string[] Managing =
    [
        "read", "manage members", "manage groups", "rename", "create its rooms, datasets and dashboards", "manage its rooms, datasets and dashboards",
    ];
}
