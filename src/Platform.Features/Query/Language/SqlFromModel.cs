using System.ClientModel;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;

namespace Platform.Features.Query.Language;

/// <param name="Failure">Why there is no reply (unreachable, timed out, refused); then the built-in engine answers.</param>
public sealed record ModelReply(string? Sql, string Text, string? Failure);

/// <summary>
/// NL-to-SQL through the platform's chat model (<see cref="ILanguageModels"/>): a prompt with the tables' schema
/// (and a few sample values unless privacy mode is on), replies parsed for one SQL query.
/// </summary>
public sealed partial class SqlFromModel(ILogger<SqlFromModel> logger)
{
    public static List<ChatMessage> Prompt(LlmOptions options, IReadOnlyList<LanguageTable> tables, string question)
    {
        var schema = new StringBuilder();
        foreach (var table in tables)
        {
            schema.Append($"Table \"{table.TableName}\" (dataset \"{table.Name}\", {table.RowCount} rows):\n");
            foreach (var column in table.Columns)
            {
                schema.Append($"  \"{column.Name}\" {column.Type}");
                if (!options.PrivacyMode && column.Values.Count > 0)
                    schema.Append($" — e.g. {string.Join(", ", column.Values.Values.Take(options.SampleValues).Select(v => $"'{v}'"))}");
                else if (!options.PrivacyMode && column.Profile.Min is { } min && column.Profile.Max is { } max)
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

    public async Task<ModelReply> AskAsync(ChatModel model, List<ChatMessage> messages, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(model.Options.Timeout);
        try
        {
            var response = await model.Chat.GetResponseAsync(messages, new ChatOptions { Temperature = 0 }, timeout.Token);
            var text = response.Text ?? "";
            messages.Add(new ChatMessage(ChatRole.Assistant, text));
            return new ModelReply(Sql(text), Explanation(text), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new ModelReply(null, "", $"the language model did not answer within {model.Options.Timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is ClientResultException or HttpRequestException or InvalidOperationException or System.Text.Json.JsonException)
        {
            logger.LogWarning(e, "The language model failed");
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
}
