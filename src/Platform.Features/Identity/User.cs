using Platform.Features.Common;

namespace Platform.Features.Identity;

public static class Roles
{
    public const string User = "user";
    public const string Admin = "admin";
    public const string SuperAdmin = "super_admin";
}

/// <summary>An account. Its security history is the Marten event stream with the same id.</summary>
public sealed class User
{
    public Guid Id { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    public required string PasswordHash { get; set; }
    /// <summary>The owner of the address proved it (followed the mailed link): only then do invitations to it become memberships.</summary>
    public bool EmailVerified { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
    /// <summary>A disabled account cannot sign in, and its tokens and keys stop working at once.</summary>
    public bool Disabled { get; set; }
    /// <summary>Set when an administrator chose the password: until the person changes it, nothing else is allowed.</summary>
    public bool MustChangePassword { get; set; }
    /// <summary>Carried in access tokens; raising it ends every access token issued before (see <see cref="AccountAccess"/>).</summary>
    public int SecurityVersion { get; set; }

    public UserResponse ToResponse() => new(Id, Email, DisplayName, Role, EmailVerified, MustChangePassword);

    public static User Create(string email, string? displayName, string role, string password, DateTimeOffset now)
    {
        var normalized = NormalizeEmail(email);
        var user = new User
        {
            Id = Guid.CreateVersion7(), Email = normalized, Role = role, PasswordHash = "", CreatedAt = now,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? normalized.Split('@')[0] : displayName.Trim(),
        };
        user.PasswordHash = Passwords.Hash(user, password);
        return user;
    }

    /// <summary>Emails are compared trimmed and lower-cased.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}

/// <param name="MustChangePassword">An administrator set the password: change it (POST /api/auth/change-password) before anything else.</param>
public sealed record UserResponse(Guid Id, string Email, string DisplayName, string Role, bool EmailVerified, bool MustChangePassword);

public sealed record AuthResponse(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt, UserResponse User);

// The audit trail: security-relevant events on the user's stream.
public sealed record UserRegistered(string Email, string Role, string ClientAddress);
public sealed record EmailVerified(string Email, string ClientAddress);
public sealed record UserLoggedIn(string ClientAddress);
public sealed record LoginFailed(string ClientAddress) : IFailedAttempt;

/// <summary>A sign-in with an address no account has: no account's stream to record it on, so a document of its own.</summary>
public sealed class FailedSignIn : IFailedAttempt
{
    public Guid Id { get; set; }
    public string Email { get; set; } = "";
    public string ClientAddress { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
public sealed record RefreshTokenReuseDetected(Guid FamilyId, string ClientAddress) : IFailedAttempt;
public sealed record PasswordResetRequested(string ClientAddress);
public sealed record PasswordReset(string ClientAddress);
public sealed record PasswordChanged(string ClientAddress);
public sealed record ProfileUpdated(string DisplayName);
public sealed record UserCreatedByAdmin(string Email, string Role, Guid AdminId);
public sealed record UserRoleChanged(string From, string To, Guid AdminId);
public sealed record UserDisabled(Guid AdminId);
public sealed record UserEnabled(Guid AdminId);
public sealed record PasswordSetByAdmin(Guid AdminId);
public sealed record UserDeleted(string Email, Guid AdminId, Guid SuccessorId);
public sealed record ApiKeyCreated(Guid KeyId, string Name, IReadOnlyList<string> Scopes);
public sealed record ApiKeyRevoked(Guid KeyId);
