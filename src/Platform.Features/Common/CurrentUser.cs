using System.Net;
using System.Security.Claims;

namespace Platform.Features.Common;

/// <summary>Who is calling: the signed-in user (from the access token) and the client address.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    /// <summary>The user's id; only call on routes that require authentication.</summary>
    public Guid Id => Guid.TryParse(Principal.FindFirstValue("sub"), out var id)
        ? id
        : throw ProblemException.Unauthorized("The access token carries no user.");

    public string Email => Principal.FindFirstValue("email") ?? "";

    /// <summary>The caller's role (user, admin, super_admin); an API key without the admin scope acts as a user.</summary>
    public string Role => Principal.FindFirstValue("role") ?? "";

    /// <summary>The claim naming the API key a request came with, and those holding its scopes.</summary>
    public const string KeyClaim = "api_key";
    public const string ScopeClaim = "scope";

    /// <summary>The scopes of the API key the request came with; null for an access token.</summary>
    public IReadOnlyCollection<string>? KeyScopes => Principal.HasClaim(c => c.Type == KeyClaim) ? Principal.FindAll(ScopeClaim).Select(c => c.Value).ToHashSet() : null;

    /// <summary>The claim type each of the caller's groups travels in.</summary>
    public const string GroupClaim = "group";

    /// <summary>The caller's access groups (see <see cref="IGroupMemberships"/>): what is shared with them is open to the caller.</summary>
    public IReadOnlyCollection<Guid> GroupIds => _groupIds ??=
        Principal.FindAll(GroupClaim).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToHashSet();

    private IReadOnlyCollection<Guid>? _groupIds;

    /// <summary>Administrators (admin, super_admin) pass every room and ownership check.</summary>
    public bool IsAdmin => Role is "admin" or "super_admin";

    /// <summary>Only a super_admin manages super_admins.</summary>
    public bool IsSuperAdmin => Role == "super_admin";

    /// <summary>The identity a job's step acts with (<see cref="JobIdentity"/>), not a request's.</summary>
    public bool InJob => Principal.Identity?.AuthenticationType == JobIdentity;

    public const string JobIdentity = "job";

    public string ClientAddress => (accessor.HttpContext?.Connection.RemoteIpAddress ?? IPAddress.None).ToString();
}
