using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Mediator;
using OpenAI.Models;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed record ListLanguageModels : IRequest<IReadOnlyList<LanguageModelResponse>>;

/// <param name="Provider">builtin (offline, always there) or the OpenAI-compatible endpoint's.</param>
/// <param name="Default">The one that answers my turns.</param>
public sealed record LanguageModelResponse(string Id, string Provider, bool Default, bool SupportsTools);

/// <summary>
/// The models that can answer me: the built-in offline assistant, the language model that serves me, and the other
/// models its endpoint lists (asked once per <see cref="ModelLists.KeepFor"/>; an endpoint that does not answer lists
/// nothing more).
/// </summary>
public sealed class ListLanguageModelsHandler(ILanguageModels models, ConfiguredLanguageModels configured, OutboundHttp outbound, ModelLists lists, CurrentUser caller)
    : IRequestHandler<ListLanguageModels, IReadOnlyList<LanguageModelResponse>>
{
    public async ValueTask<IReadOnlyList<LanguageModelResponse>> Handle(ListLanguageModels request, CancellationToken ct)
    {
        var mine = await models.ForAsync(caller.Id, ct);
        var listed = new List<LanguageModelResponse> { new(BuiltinAssistant.EngineName, "builtin", mine is null, true) };
        if (mine is null) return listed;
        listed.Add(new LanguageModelResponse(mine.Name, "openai-compatible", true, true));
        // The operator's own endpoint may be on this machine (Ollama); endpoints people chose go through the guarded client.
        var http = ReferenceEquals(mine, configured.Model) ? null : outbound.Client;
        foreach (var id in await lists.OfAsync(mine.Options, http, ct))
            if (id != mine.Name) listed.Add(new LanguageModelResponse(id, "openai-compatible", false, true));
        return listed;
    }
}

/// <summary>The model lists of endpoints, kept a while: a model picker opens often, a provider's list rarely changes.</summary>
public sealed class ModelLists(TimeProvider clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<string> Ids)> _lists = new();

    public async Task<IReadOnlyList<string>> OfAsync(LlmOptions options, HttpClient? http, CancellationToken ct)
    {
        if (ConfiguredLanguageModels.Endpoint(options, http) is not { } endpoint) return [];
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{options.BaseUrl}\n{options.ApiKey}")));
        if (_lists.TryGetValue(key, out var kept) && clock.GetUtcNow() - kept.At < KeepFor) return kept.Ids;
        IReadOnlyList<string> ids;
        try
        {
            var client = new OpenAIModelClient(ConfiguredLanguageModels.Credential(options), endpoint);
            ids = (await client.GetModelsAsync(ct)).Value.Select(m => m.Id).Order(StringComparer.Ordinal).Take(100).ToList();
        }
        catch (Exception e) when (e is System.ClientModel.ClientResultException or HttpRequestException or TimeoutException
                                      or TaskCanceledException && !ct.IsCancellationRequested)
        {
            ids = [];
        }
        _lists[key] = (clock.GetUtcNow(), ids);
        return ids;
    }
}
