using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.Features.Jobs;

/// <summary>
/// Placeholders in step inputs: <c>{{ inputs.x }}</c> (the job's inputs, filled when the job is made) and
/// <c>{{ steps.fetch.output.body.items[0] }}</c> (a finished step's output or <c>status</c>, filled when the step starts).
/// A string that is only a placeholder takes the value with its type; one inside text takes its text.
/// </summary>
public static partial class JobPlaceholders
{
    public const string Inputs = "inputs";
    public const string Steps = "steps";

    /// <param name="Root"><see cref="Inputs"/> or <see cref="Steps"/>.</param>
    /// <param name="Segments">The path below the root: property names, and array indices as numbers in text.</param>
    public sealed record Placeholder(string Root, IReadOnlyList<string> Segments, string Text);

    public static IEnumerable<Placeholder> In(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => In(p.Value)),
        JsonArray a => a.SelectMany(In),
        JsonValue v when v.TryGetValue(out string? s) => Pattern().Matches(s).Select(Parse),
        _ => [],
    };

    public static bool Any(JsonElement inputs, string root) =>
        inputs.ValueKind is JsonValueKind.Object or JsonValueKind.Array && In(JsonNode.Parse(inputs.GetRawText())).Any(p => p.Root == root);

    /// <summary>
    /// The node with every placeholder under <paramref name="root"/> filled from <paramref name="context"/>, an object
    /// holding that root (<c>{ "inputs": … }</c> or <c>{ "steps": { id: { "output": …, "status": … } } }</c>). A value
    /// not found becomes null (a property holding only it is dropped); other roots' placeholders stay as they are.
    /// </summary>
    public static JsonNode? Fill(JsonNode? node, JsonObject context, string root)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    var filled = Fill(value, context, root);
                    if (filled is null && value is JsonValue) o.Remove(key);
                    else o[key] = filled?.Parent is null ? filled : filled.DeepClone();
                }
                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) { var f = Fill(a[i], context, root); a[i] = f?.Parent is null ? f : f.DeepClone(); }
                return a;
            case JsonValue v when v.TryGetValue(out string? s):
                var whole = Pattern().Match(s);
                if (whole.Success && whole.Length == s.Length)
                {
                    var only = Parse(whole);
                    return only.Root == root ? Resolve(context, only)?.DeepClone() : node;
                }
                return JsonValue.Create(Pattern().Replace(s, m =>
                {
                    var placeholder = Parse(m);
                    if (placeholder.Root != root) return m.Value;
                    return Resolve(context, placeholder) switch
                    {
                        JsonValue value when value.TryGetValue(out string? text) => text,
                        { } other => other.ToJsonString(),
                        null => "",
                    };
                }));
            default:
                return node;
        }
    }

    /// <summary>The value a placeholder names in <paramref name="context"/>, or null.</summary>
    public static JsonNode? Resolve(JsonObject context, Placeholder placeholder) => Resolve(context[placeholder.Root], placeholder.Segments);

    /// <summary>The value at a dotted path (<c>a.b[0].c</c>, as NCalc parameters name them) in <paramref name="context"/>, or null.</summary>
    public static JsonNode? Resolve(JsonObject context, string path)
    {
        var segments = Segments(path);
        return segments.Count == 0 ? null : Resolve(context[segments[0]], segments.Skip(1).ToList());
    }

    private static JsonNode? Resolve(JsonNode? node, IReadOnlyList<string> segments)
    {
        foreach (var segment in segments)
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
        return node;
    }

    private static Placeholder Parse(Match m) => new(m.Groups[1].Value, Segments(m.Groups[2].Value), m.Value);

    private static List<string> Segments(string path) =>
        PathSegment().Matches(path).Select(s => s.Groups[1].Success ? s.Groups[1].Value : s.Groups[2].Value).ToList();

    [GeneratedRegex(@"\{\{\s*(inputs|steps)((?:\.[A-Za-z0-9_-]+|\[\d+\])+)\s*\}\}")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\.?([A-Za-z0-9_-]+)|\[(\d+)\]")]
    private static partial Regex PathSegment();
}
