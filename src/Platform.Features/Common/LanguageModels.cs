using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OpenAI;

namespace Platform.Features.Common;

/// <summary>Settings under <c>Platform:Llm</c>: an OpenAI-compatible endpoint (OpenAI, Azure, Ollama, vLLM, LM Studio).</summary>
public sealed class LlmOptions
{
    /// <summary>The API's base URL, e.g. <c>https://api.openai.com/v1</c> or <c>http://localhost:11434/v1</c>; unset, everything works offline.</summary>
    public string? BaseUrl { get; set; }
    public string? ApiKey { get; set; }

    /// <summary>The chat model; unset, no language model is used.</summary>
    public string? Model { get; set; }

    /// <summary>The embedding model on the same endpoint; unset, no remote embeddings.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>Send no values of the users' data to the model: schemas and questions only.</summary>
    public bool PrivacyMode { get; set; }

    /// <summary>How long one reply may take before the caller falls back to what works offline.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Times a failing answer (e.g. a query that does not run) is sent back with its error for a corrected one.</summary>
    public int MaxRepairs { get; set; } = 2;

    /// <summary>Sample values per text column in a prompt (outside privacy mode).</summary>
    public int SampleValues { get; set; } = 3;
}

/// <summary>A language model to talk to: its chat client, its name, and the settings it was made with.</summary>
public sealed record ChatModel(IChatClient Chat, string Name, LlmOptions Options);

/// <summary>
/// Which language model serves a caller: the endpoint of <c>Platform:Llm</c> here; an area keeping credentials per
/// person or organisation replaces it with one that chooses among them, without callers changing.
/// </summary>
public interface ILanguageModels
{
    /// <summary>The model for <paramref name="userId"/>, or null when none is configured (work offline).</summary>
    ValueTask<ChatModel?> ForAsync(Guid userId, CancellationToken ct);

    /// <summary>The settings that hold whichever model answers (privacy, timeout, repairs).</summary>
    LlmOptions Options { get; }
}

/// <summary>The endpoint of <c>Platform:Llm</c>, its clients built once and shared (they are thread-safe).</summary>
public sealed class ConfiguredLanguageModels : ILanguageModels, IDisposable
{
    private readonly ChatModel? _model;

    public ConfiguredLanguageModels(IOptions<LlmOptions> options)
    {
        Options = options.Value;
        if (Endpoint(Options) is not { } endpoint || string.IsNullOrWhiteSpace(Options.Model)) return;
        _model = new ChatModel(new OpenAI.Chat.ChatClient(Options.Model, Credential(Options), endpoint).AsIChatClient(), Options.Model, Options);
    }

    public LlmOptions Options { get; }

    /// <summary>The configured model, the same for everyone.</summary>
    public ChatModel? Model => _model;

    public ValueTask<ChatModel?> ForAsync(Guid userId, CancellationToken ct) => ValueTask.FromResult(_model);

    /// <summary>
    /// Client settings for the endpoint: no retries, since callers have an offline answer to fall back on; through
    /// <paramref name="http"/> when given (the guarded client for endpoints people chose).
    /// </summary>
    public static OpenAIClientOptions? Endpoint(LlmOptions options, HttpClient? http = null) => string.IsNullOrWhiteSpace(options.BaseUrl) ? null : new OpenAIClientOptions
    {
        Endpoint = new Uri(options.BaseUrl), NetworkTimeout = options.Timeout, RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        Transport = http is null ? null : new HttpClientPipelineTransport(http),
    };

    public static ApiKeyCredential Credential(LlmOptions options) => new(string.IsNullOrEmpty(options.ApiKey) ? "none" : options.ApiKey);

    public void Dispose() => _model?.Chat.Dispose();

    /// <summary>
    /// <see cref="ILanguageModels"/> always; Microsoft.Extensions.AI's <see cref="IChatClient"/> and
    /// <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> too where <c>Platform:Llm</c> configures them.
    /// </summary>
    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Platform:Llm");
        services.Configure<LlmOptions>(section);
        services.AddSingleton<ConfiguredLanguageModels>();
        services.AddSingleton<ILanguageModels>(provider => provider.GetRequiredService<ConfiguredLanguageModels>());
        var configured = section.Get<LlmOptions>() ?? new LlmOptions();
        if (!string.IsNullOrWhiteSpace(configured.BaseUrl) && !string.IsNullOrWhiteSpace(configured.Model))
            services.AddSingleton<IChatClient>(provider => provider.GetRequiredService<ConfiguredLanguageModels>().Model!.Chat);
        if (Endpoint(configured) is { } endpoint && !string.IsNullOrWhiteSpace(configured.EmbeddingModel))
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ =>
                new OpenAI.Embeddings.EmbeddingClient(configured.EmbeddingModel, Credential(configured), endpoint).AsIEmbeddingGenerator());
    }
}
