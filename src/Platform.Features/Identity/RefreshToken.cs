namespace Platform.Features.Identity;

/// <summary>
/// One refresh token, stored only by its hash (the document id). Tokens rotated from one sign-in form a
/// family; presenting a spent token outside the grace window revokes the whole family.
/// </summary>
public sealed class RefreshToken
{
    public required string Id { get; set; }
    public Guid UserId { get; set; }
    public Guid FamilyId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? SpentAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>A single-use password reset token, stored only by its hash (the document id).</summary>
public sealed class PasswordResetToken
{
    public required string Id { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>Exists once the first user has been set up; its fixed id makes a second setup fail in the database.</summary>
public sealed class SetupRecord
{
    public const string SingletonId = "setup";
    public string Id { get; set; } = SingletonId;
    public Guid UserId { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
}
