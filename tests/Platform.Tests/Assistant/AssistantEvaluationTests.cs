using System.Net;
using System.Text.Json;
using Platform.Tests.Datasets;
using Xunit.Abstractions;

namespace Platform.Tests.Assistant;

/// <summary>
/// The built-in assistant's task success over the multi-turn conversations of <c>Evaluation/conversations.json</c>:
/// each conversation is held through the API by one person owning the six sample datasets, and succeeds when every
/// turn meets its expectations. The rate is reported in docs/benchmarks.md; the test keeps it from falling.
/// </summary>
[Collection(AssistantCollection.Name)]
public sealed class AssistantEvaluationTests(AssistantSamples samples, ITestOutputHelper output)
{
    /// <summary>The rate this evaluation must keep (see docs/benchmarks.md for the measured one).</summary>
    private const double Floor = 0.9;

    private static readonly string Cases = Path.Combine(TestPostgres.RepositoryRoot, "tests", "Platform.Tests", "Assistant", "Evaluation", "conversations.json");

    [Fact]
    public async Task The_builtin_assistant_succeeds_at_the_evaluation_conversations()
    {
        var person = await Person.RegisterAsync(samples.Factory);
        foreach (var file in new[] { "stocks.csv", "gapminder.json", "weather.csv", "airports.csv", "iowa-electricity.csv", "us-employment.csv" })
            await (await person.Client.UploadSharedAsync(file)).JsonAsync(HttpStatusCode.Created);
        var conversations = JsonDocument.Parse(await File.ReadAllTextAsync(Cases)).RootElement.GetProperty("conversations").EnumerateArray().ToList();

        var failures = new List<string>();
        foreach (var conversation in conversations)
        {
            Guid? id = null;
            foreach (var (turn, index) in conversation.GetProperty("turns").EnumerateArray().Select((t, i) => (t, i + 1)))
            {
                var frames = await person.Client.ChatAsync(id is null ? new { message = turn.GetProperty("say").GetString() } : new { message = turn.GetProperty("say").GetString(), conversationId = id });
                id ??= frames.ConversationId();
                if (Problem(turn, frames) is not { } problem) continue;
                failures.Add($"{conversation.GetProperty("id").GetString()} turn {index} \"{turn.GetProperty("say").GetString()}\": {problem}");
                break;
            }
        }

        var rate = 1.0 - (double)failures.Count / conversations.Count;
        output.WriteLine($"Task success: {conversations.Count - failures.Count} of {conversations.Count} conversations ({rate:P1})");
        foreach (var failure in failures) output.WriteLine(failure);
        Assert.True(rate >= Floor, $"Task success {rate:P1} is under {Floor:P0}:\n{string.Join("\n", failures)}");
    }

    /// <summary>What the turn got wrong, or null when it met every expectation.</summary>
    private static string? Problem(JsonElement expected, List<TurnFrame> frames)
    {
        var call = frames.FirstOrDefault(f => f.Event == "tool.call");
        var result = frames.FirstOrDefault(f => f.Event == "tool.result" && f.CallId == call?.CallId);
        var text = frames.Text();
        if (frames[^1].Event != "done" || frames.Any(f => f.Event == "error")) return "the turn did not end cleanly";
        if (expected.TryGetProperty("tool", out var tool) && call?.Data.GetProperty("name").GetString() != tool.GetString())
            return $"called {call?.Data.GetProperty("name").GetString() ?? "no tool"}, not {tool.GetString()}";
        var ok = !expected.TryGetProperty("ok", out var okay) || okay.GetBoolean();
        if (result is not null && result.Data.GetProperty("ok").GetBoolean() != ok) return $"the tool {(ok ? "failed" : "worked")}: {result.Data.GetProperty("summary").GetString()}";
        if (expected.TryGetProperty("rows", out var rows))
        {
            var count = result?.Data.GetProperty("rowCount") is { ValueKind: JsonValueKind.Number } n ? n.GetInt32() : (int?)null;
            if (count != rows.GetInt32()) return $"{count?.ToString() ?? "no"} rows, not {rows.GetInt32()} ({Question(call)})";
        }
        if (expected.TryGetProperty("contains", out var words))
            foreach (var word in words.EnumerateArray().Select(w => w.GetString()!))
                if (!text.Contains(word, StringComparison.OrdinalIgnoreCase)) return $"the answer lacks \"{word}\": {text}";
        if (expected.TryGetProperty("chart", out var chart)
            && !frames.Any(f => f.Event == "artifact" && f.Data.GetProperty("kind").GetString() == "chart"
                                && f.Data.GetProperty("content").GetProperty("mark").GetProperty("type").GetString() == chart.GetString()))
            return $"no {chart.GetString()} chart";
        if (expected.TryGetProperty("dataset", out var dataset)
            && frames.FirstOrDefault(f => f.Event == "schema")?.Data.GetProperty("tables")[0].GetProperty("tableName").GetString()?.StartsWith(dataset.GetString()!) != true)
            return $"asked another dataset than {dataset.GetString()}";
        return null;
    }

    private static string Question(TurnFrame? call) =>
        call?.Data.GetProperty("arguments").TryGetProperty("question", out var q) == true ? $"asked \"{q.GetString()}\"" : "";
}
