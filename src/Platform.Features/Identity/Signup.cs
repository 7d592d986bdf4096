using System.Text.Json.Serialization;

namespace Platform.Features.Identity;

/// <summary>Who may create an account by themselves.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SignupMode>))]
public enum SignupMode
{
    /// <summary>Anyone (at an allowed domain, when domains are listed).</summary>
    [JsonStringEnumMemberName("open")] Open,
    /// <summary>Only with an invitation.</summary>
    [JsonStringEnumMemberName("invite")] Invite,
    /// <summary>Others ask to join; an administrator's approval mails them an invitation.</summary>
    [JsonStringEnumMemberName("waitlist")] Waitlist,
    /// <summary>Nobody by themselves; invitations still work.</summary>
    [JsonStringEnumMemberName("closed")] Closed,
}

/// <summary>The installation's sign-up rules (one document).</summary>
public sealed class SignupSettings
{
    public const string SingletonId = "signup";

    public string Id { get; set; } = SingletonId;
    public SignupMode Mode { get; set; } = SignupMode.Open;
    /// <summary>Address domains self sign-up is limited to; empty: any.</summary>
    public List<string> AllowedDomains { get; set; } = [];
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The stored settings, or the defaults (open to anyone) until an administrator saves some.</summary>
    public static async Task<SignupSettings> LoadAsync(Marten.IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<SignupSettings>(SingletonId, ct) ?? new SignupSettings();

    public bool Allows(string email) =>
        AllowedDomains.Count == 0 || AllowedDomains.Contains(email[(email.LastIndexOf('@') + 1)..], StringComparer.OrdinalIgnoreCase);
}

public sealed record SignupSettingsResponse(SignupMode Mode, IReadOnlyList<string> AllowedDomains, DateTimeOffset? UpdatedAt)
{
    public static SignupSettingsResponse From(SignupSettings s) => new(s.Mode, s.AllowedDomains, s.UpdatedAt);
}

/// <summary>A single-use invitation to create an account; only its hash is kept.</summary>
public sealed class Invite
{
    public Guid Id { get; set; }
    public required string TokenHash { get; set; }
    public required string Email { get; set; }
    public required string Role { get; set; }
    public Guid InvitedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsOpen(DateTimeOffset now) => UsedAt is null && RevokedAt is null && ExpiresAt > now;

    public InviteResponse ToResponse(DateTimeOffset now) => new(Id, Email, Role, CreatedAt, ExpiresAt, UsedAt, RevokedAt,
        UsedAt is not null ? "used" : RevokedAt is not null ? "revoked" : ExpiresAt <= now ? "expired" : "open");
}

public sealed record InviteResponse(Guid Id, string Email, string Role, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, DateTimeOffset? RevokedAt, string Status);

/// <param name="Link">The web app's page for the invitation, as mailed; shown this once.</param>
public sealed record CreatedInvite(InviteResponse Invite, string Token, string Link);

/// <summary>Someone asking to join while sign-up goes through the waitlist.</summary>
public sealed class WaitlistEntry
{
    public Guid Id { get; set; }
    public required string Email { get; set; }
    public string? Name { get; set; }
    public string? Reason { get; set; }
    public string Status { get; set; } = "waiting";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedBy { get; set; }

    public WaitlistEntryResponse ToResponse() => new(Id, Email, Name, Reason, Status, CreatedAt, DecidedAt);
}

public sealed record WaitlistEntryResponse(Guid Id, string Email, string? Name, string? Reason, string Status, DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt);
