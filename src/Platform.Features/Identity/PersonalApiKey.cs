namespace Platform.Features.Identity;

/// <summary>What a personal API key may do: read (GET), write (other methods), query (run SQL and questions), admin (act with the owner's admin role).</summary>
public static class ApiKeyScopes
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Query = "query";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Read, Write, Query, Admin];
}

/// <summary>A key a person made to call the API from scripts: only its hash is kept; the key itself is shown once.</summary>
public sealed class PersonalApiKey
{
    public const string Prefix = "pk_";

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the key, to tell keys apart in lists.</summary>
    public required string Start { get; set; }
    public required string Hash { get; set; }
    public List<string> Scopes { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public PersonalApiKeyResponse ToResponse() => new(Id, Name, Start + "…", Scopes, CreatedAt, ExpiresAt, LastUsedAt);
}

/// <param name="Start">The key's first characters, for telling keys apart; the key itself is shown only when created.</param>
public sealed record PersonalApiKeyResponse(Guid Id, string Name, string Start, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt);

/// <param name="Key">The key: shown this once, never again.</param>
public sealed record CreatedPersonalApiKey(Guid Id, string Name, string Key, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
