using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.AI;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Credentials;

/// <summary>
/// Chooses the language model for a person: their default credential, else the default credential of the first of
/// their organisations that has one (oldest first), else the server's <c>Platform:Llm</c>. Clients are built once per
/// version of a credential and shared; every call through one is counted against it.
/// </summary>
public sealed class CredentialLanguageModels(
    IDocumentStore store, ConfiguredLanguageModels configured, SecretProtection secrets, OutboundHttp outbound, CredentialUsage usage) : ILanguageModels
{
    private readonly ConcurrentDictionary<Guid, (DateTimeOffset Version, ChatModel Model)> _built = new();

    public LlmOptions Options => configured.Options;

    public async ValueTask<ChatModel?> ForAsync(Guid userId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var credential = await session.Query<Credential>().FirstOrDefaultAsync(c => c.CreatedBy == userId && c.OrganizationId == null && c.IsDefault, ct)
                         ?? await OrganizationDefaultAsync(session, userId, ct);
        return credential is null ? configured.Model : ModelOf(credential);
    }

    private static async Task<Credential?> OrganizationDefaultAsync(IQuerySession session, Guid userId, CancellationToken ct)
    {
        var organizations = (await session.Query<Organization>().Where(o => o.Members.Any(m => m.UserId == userId)).OrderBy(o => o.CreatedAt)
            .Select(o => o.Id).ToListAsync(ct)).ToArray();
        if (organizations.Length == 0) return null;
        var defaults = await session.LoadManyAsync<OrganizationDefaultCredential>(ct, organizations);
        var first = organizations.Select(id => defaults.FirstOrDefault(d => d.Id == id)).FirstOrDefault(d => d is not null);
        return first is null ? null : await session.LoadAsync<Credential>(first.CredentialId, ct);
    }

    private ChatModel ModelOf(Credential credential)
    {
        if (_built.TryGetValue(credential.Id, out var built) && built.Version == credential.UpdatedAt) return built.Model;
        var options = CredentialOptions(credential);
        var client = new OpenAI.Chat.ChatClient(credential.DefaultModel, ConfiguredLanguageModels.Credential(options),
            ConfiguredLanguageModels.Endpoint(options, outbound.Client)).AsIChatClient();
        var model = new ChatModel(new CountedChatClient(client, credential.Id, usage), credential.DefaultModel, options);
        _built[credential.Id] = (credential.UpdatedAt, model);
        return model;
    }

    /// <summary>The server's settings (privacy, timeout, repairs) with the credential's endpoint, key and model.</summary>
    public LlmOptions CredentialOptions(Credential credential) => new()
    {
        BaseUrl = credential.BaseUrl, ApiKey = secrets.Unprotect(credential.ProtectedApiKey), Model = credential.DefaultModel,
        PrivacyMode = Options.PrivacyMode, Timeout = Options.Timeout, MaxRepairs = Options.MaxRepairs, SampleValues = Options.SampleValues,
    };
}

/// <summary>Counts each call through a credential, and the tokens the provider reports, once the call has ended.</summary>
public sealed class CountedChatClient(IChatClient inner, Guid credentialId, CredentialUsage usage) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken ct = default)
    {
        try
        {
            var response = await base.GetResponseAsync(messages, options, ct);
            await usage.RecordAsync(credentialId, response.Usage, failed: false);
            return response;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            await usage.RecordAsync(credentialId, null, failed: true);
            throw;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        UsageDetails? total = null;
        var ended = false;
        try
        {
            await foreach (var update in base.GetStreamingResponseAsync(messages, options, ct))
            {
                foreach (var content in update.Contents.OfType<UsageContent>())
                    (total ??= new UsageDetails()).Add(content.Details);
                yield return update;
            }
            ended = true;
        }
        finally
        {
            if (ended || !ct.IsCancellationRequested) await usage.RecordAsync(credentialId, total, failed: !ended);
        }
    }
}
