using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Tests.Infrastructure;

/// <summary>Replaces volatile values (ids, tokens, times, trace ids) in a JSON response so it can be a snapshot.</summary>
public static class JsonScrubber
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Scrub(string json, params string[] volatileProperties)
    {
        var node = JsonNode.Parse(json)!;
        Walk(node, new HashSet<string>(volatileProperties.Append("traceId")));
        return node.ToJsonString(Indented);
    }

    private static void Walk(JsonNode node, HashSet<string> volatileProperties)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (volatileProperties.Contains(key) && value is not null) obj[key] = $"<{key}>";
                    else if (value is not null) Walk(value, volatileProperties);
                }
                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>()) Walk(item, volatileProperties);
                break;
        }
    }
}
