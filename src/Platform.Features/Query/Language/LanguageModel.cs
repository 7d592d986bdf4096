using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace Platform.Features.Query.Language;

/// <summary>Settings under <c>Platform:Query:Llm</c>: an OpenAI-compatible endpoint (OpenAI, Azure, Ollama, vLLM, LM Studio).</summary>
public sealed class LanguageModelOptions
{
    /// <summary>The API's base URL, e.g. <c>https://api.openai.com/v1</c> or <c>http://localhost:11434/v1</c>; unset, questions are answered offline.</summary>
    public string? BaseUrl { get; set; }
    public string? ApiKey { get; set; }
    public string? Model { get; set; }

    /// <summary>Send the schema only: no sample values of the data leave the server.</summary>
    public bool PrivacyMode { get; set; }

    /// <summary>How long one reply may take before the built-in engine answers instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Times a failing query is sent back with its error for a corrected one.</summary>
    public int MaxRepairs { get; set; } = 2;

    /// <summary>Sample values per text column in the prompt (outside privacy mode).</summary>
    public int SampleValues { get; set; } = 3;
}

/// <param name="Failure">Why there is no reply (unreachable, timed out, refused); then the built-in engine answers.</param>
public sealed record ModelReply(string? Sql, string Text, string? Failure);

/// <summary>
/// The optional language model for NL-to-SQL, through Microsoft.Extensions.AI's OpenAI client: a prompt with
/// the tables' schema (and a few sample values unless privacy mode is on), replies parsed for one SQL query.
/// </summary>
public sealed partial class LanguageModel : IDisposable
{
    private readonly LanguageModelOptions _options;
    private readonly IChatClient? _client;
    private readonly ILogger<LanguageModel> _logger;

    public LanguageModel(IOptions<QueryOptions> options, ILogger<LanguageModel> logger)
    {
        _options = options.Value.Llm;
        _logger = logger;
        if (string.IsNullOrWhiteSpace(_options.BaseUrl) || string.IsNullOrWhiteSpace(_options.Model)) return;
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(_options.BaseUrl),
            NetworkTimeout = _options.Timeout,
            // A slow or failing model is not retried: the built-in engine answers instead.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        _client = new OpenAI.Chat.ChatClient(_options.Model, new ApiKeyCredential(string.IsNullOrEmpty(_options.ApiKey) ? "none" : _options.ApiKey), clientOptions)
            .AsIChatClient();
    }

    public bool Enabled => _client is not null;

    public string Name => _options.Model ?? "";

    public int MaxRepairs => Math.Max(0, _options.MaxRepairs);

    public List<ChatMessage> Prompt(IReadOnlyList<LanguageTable> tables, string question)
    {
        var schema = new StringBuilder();
        foreach (var table in tables)
        {
            schema.Append($"Table \"{table.TableName}\" (dataset \"{table.Name}\", {table.RowCount} rows):\n");
            foreach (var column in table.Columns)
            {
                schema.Append($"  \"{column.Name}\" {column.Type}");
                if (!_options.PrivacyMode && column.Values.Count > 0)
                    schema.Append($" — e.g. {string.Join(", ", column.Values.Values.Take(_options.SampleValues).Select(v => $"'{v}'"))}");
                else if (!_options.PrivacyMode && column.Profile.Min is { } min && column.Profile.Max is { } max)
                    schema.Append($" — from {min} to {max}");
                schema.Append('\n');
            }
        }
        return
        [
            new(ChatRole.System,
                "You translate questions about data into one DuckDB SQL query. Use only the tables and columns given, quoting column names "
                + "with double quotes. Write a single read-only SELECT (WITH is fine). Reply with the query in a ```sql block, then one short "
                + "sentence saying what it computes."),
            new(ChatRole.User, $"{schema}\nQuestion: {question}"),
        ];
    }

    public async Task<ModelReply> AskAsync(List<ChatMessage> messages, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            var response = await _client!.GetResponseAsync(messages, new ChatOptions { Temperature = 0 }, timeout.Token);
            var text = response.Text ?? "";
            messages.Add(new ChatMessage(ChatRole.Assistant, text));
            return new ModelReply(Sql(text), Explanation(text), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new ModelReply(null, "", $"the language model did not answer within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is ClientResultException or HttpRequestException or InvalidOperationException or System.Text.Json.JsonException)
        {
            _logger.LogWarning(e, "The language model failed");
            return new ModelReply(null, "", $"the language model failed: {e.Message.Split('\n')[0]}");
        }
    }

    /// <summary>The query in a ```sql block, or the whole reply when it is nothing but a query; null for prose.</summary>
    public static string? Sql(string reply)
    {
        if (CodeBlock().Match(reply) is { Success: true } block) return block.Groups[1].Value.Trim().TrimEnd(';').Trim();
        var trimmed = reply.Trim();
        return QueryStart().IsMatch(trimmed) ? trimmed.TrimEnd(';').Trim() : null;
    }

    private static string Explanation(string reply)
    {
        var prose = CodeBlock().Replace(reply, "").Trim();
        return prose.Length > 0 ? prose : "Written by the language model.";
    }

    [GeneratedRegex(@"```(?:sql)?\s*([\s\S]*?)```", RegexOptions.IgnoreCase)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"^(select|with|from|values)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QueryStart();

    public void Dispose() => (_client as IDisposable)?.Dispose();
}
