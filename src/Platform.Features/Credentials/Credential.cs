using Platform.Features.Common;

namespace Platform.Features.Credentials;

/// <summary>The kinds of provider a credential may name: every one speaks the OpenAI API (OpenAI, Azure, Ollama, vLLM, LM Studio…).</summary>
public static class CredentialProviders
{
    public const string OpenAi = "openai";
    public const string OpenAiBaseUrl = "https://api.openai.com/v1";
    public const string OpenAiDefaultModel = "gpt-4o-mini";

    public static readonly IReadOnlyList<string> All = [OpenAi];
}

/// <summary>
/// A key to a language-model provider, a person's own or an organisation's. The key is kept encrypted (Data
/// Protection) and never returned: only its last four characters, masked.
/// </summary>
public sealed class Credential
{
    public const int MaxPerOwner = 50;

    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Provider { get; set; } = CredentialProviders.OpenAi;
    public string BaseUrl { get; set; } = CredentialProviders.OpenAiBaseUrl;
    public string ProtectedApiKey { get; set; } = "";
    public string MaskedApiKey { get; set; } = "";
    public string DefaultModel { get; set; } = CredentialProviders.OpenAiDefaultModel;
    /// <summary>Who made it; for a personal credential, the only person who sees and uses it.</summary>
    public Guid CreatedBy { get; set; }
    /// <summary>Set for an organisation's credential: its admins manage it and may make it the organisation's default.</summary>
    public Guid? OrganizationId { get; set; }
    /// <summary>A personal credential that answers for its owner (one at most per person).</summary>
    public bool IsDefault { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public CredentialCheck? LastCheck { get; set; }

    public bool IsPersonal => OrganizationId is null;

    public CredentialResponse ToResponse(bool isOrganizationDefault) => new(
        Id, Name, Provider, BaseUrl, MaskedApiKey, DefaultModel, OrganizationId, IsDefault, isOrganizationDefault, LastCheck, CreatedAt, UpdatedAt);
}

/// <param name="Valid">Whether the provider accepted the key.</param>
/// <param name="Models">The models the provider offers this key (the first 100).</param>
/// <param name="Error">Why it was not valid.</param>
public sealed record CredentialCheck(bool Valid, IReadOnlyList<string> Models, string? Error, DateTimeOffset CheckedAt);

/// <param name="ApiKey">The key, masked: its last four characters only.</param>
/// <param name="IsDefault">A personal credential that answers its owner's questions and assistant turns.</param>
/// <param name="IsOrganizationDefault">The organisation's default: it answers members who have no default of their own.</param>
public sealed record CredentialResponse(
    Guid Id, string Name, string Provider, string BaseUrl, string ApiKey, string DefaultModel, Guid? OrganizationId, bool IsDefault,
    bool IsOrganizationDefault, CredentialCheck? LastCheck, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>The credential an organisation's members use when they have none of their own; the id is the organisation's.</summary>
public sealed class OrganizationDefaultCredential
{
    public Guid Id { get; set; }
    public Guid CredentialId { get; set; }
    public DateTimeOffset SetAt { get; set; }
    public Guid SetBy { get; set; }
}

/// <summary>One day of one credential's use: calls made through it, failures, and tokens as the provider counted them.</summary>
public sealed class CredentialUsageDay : IBookkeeping
{
    public string Id { get; set; } = "";
    public Guid CredentialId { get; set; }
    public DateOnly Day { get; set; }
    public long Calls { get; set; }
    public long Failures { get; set; }
    public long InputTokens { get; set; }
    public long OutputTokens { get; set; }

    public static string IdOf(Guid credentialId, DateOnly day) => $"{credentialId:N}:{day:yyyy-MM-dd}";
}
