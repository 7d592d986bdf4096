using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.Tests.Datasets;

namespace Platform.Tests.Contract;

/// <summary>
/// Walks every operation of the live contract with malformed input (broken JSON, wrong types, nulls, missing
/// fields, huge strings and numbers, bad ids, bad query values), as a signed-in user, against resources that do
/// and do not exist: no answer may be a 5xx. New routes are covered as soon as they are in the contract.
/// </summary>
public sealed partial class MalformedInputTests(FuzzedPlatform factory) : IClassFixture<FuzzedPlatform>
{
    private static readonly string Huge = new('x', 200_000);

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex RouteParameter();

    [Fact]
    public async Task No_operation_answers_a_malformed_request_with_a_server_error()
    {
        var person = await Person.RegisterAsync(factory);
        var contract = JsonNode.Parse(await person.Client.GetStringAsync("/openapi/v1.json"))!;
        var schemas = contract["components"]?["schemas"]?.AsObject();
        var existing = new Dictionary<string, string>
        {
            ["roomId"] = (await person.CreateRoomAsync("Fuzzed")).ToString(),
            ["datasetId"] = (await (await person.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!,
            ["dashboardId"] = (await (await person.Client.PostAsJsonAsync("/api/dashboards", new { name = "Fuzzed" })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!,
        };

        var failures = new List<string>();
        var sent = 0;
        foreach (var (path, operations) in contract["paths"]!.AsObject())
        foreach (var (method, operation) in operations!.AsObject())
        {
            var verb = method.ToUpperInvariant();
            var parameters = operation!["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
            var content = operation["requestBody"]?["content"]?.AsObject();
            var bodySchema = content?["application/json"]?["schema"];
            // Deleting the resources the other requests go deep into would hide those routes' own handling.
            var targets = verb == "DELETE" ? [false] : new[] { false, true };
            foreach (var useExisting in targets)
            foreach (var pathValue in useExisting ? ["existing"] : new[] { "random", "not-a-guid", Huge[..2000] })
            {
                var url = RouteParameter().Replace(path, m => pathValue switch
                {
                    "existing" when existing.TryGetValue(m.Groups[1].Value, out var id) => id,
                    "existing" or "random" => Guid.NewGuid().ToString(),
                    _ => Uri.EscapeDataString(pathValue),
                });
                var queries = QueryVariants(parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!).ToList());
                var bodies = content is null ? [null] : BodyVariants(bodySchema, schemas, content.ContainsKey("multipart/form-data"));
                foreach (var query in queries)
                foreach (var body in bodies)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(verb), url + query);
                    if (body is not null) request.Content = body();
                    var described = Describe(request);
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                    sent++;
                    try
                    {
                        using var response = await person.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                        if ((int)response.StatusCode >= 500)
                            failures.Add($"{verb} {path} ({url.Length} chars{query}) with {described} answered {(int)response.StatusCode}: " +
                                         $"{(await response.Content.ReadAsStringAsync())[..Math.Min(300, (int)(response.Content.Headers.ContentLength ?? 300))]}");
                    }
                    catch (OperationCanceledException)
                    {
                        failures.Add($"{verb} {path}{query} with {described} gave no answer within 30 s");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} malformed requests answered 5xx:\n{string.Join('\n', failures.Distinct().Take(40))}");
        Assert.True(sent > 1000, $"only {sent} requests were sent");
    }

    private static string Describe(HttpRequestMessage request)
    {
        if (request.Content is null) return "no body";
        var text = request.Content is StringContent ? request.Content.ReadAsStringAsync().Result : request.Content.GetType().Name;
        if (request.Content is MultipartFormDataContent form) text = $"multipart [{string.Join(", ", form.Select(p => p.Headers.ContentDisposition?.Name))}]";
        return text.Length > 120 ? text[..120] + "…" : text;
    }

    private static List<string> QueryVariants(List<string> names)
    {
        if (names.Count == 0) return [""];
        string All(string value) => "?" + string.Join('&', names.Select(n => $"{n}={Uri.EscapeDataString(value)}"));
        return ["", All("not-a-value"), All("-1"), All("99999999999999999999"), All("0"), All(Huge[..5000]), All(Guid.NewGuid().ToString())];
    }

    private static List<Func<HttpContent>?> BodyVariants(JsonNode? schema, JsonObject? schemas, bool multipart)
    {
        static Func<HttpContent> Json(string text) => () => new StringContent(text, Encoding.UTF8, "application/json");
        var variants = new List<Func<HttpContent>?>
        {
            null, Json("{}"), Json("{"), Json("null"), Json("[]"), Json("\"text\""), Json("12"),
            () => new StringContent("plain text", Encoding.UTF8, "text/plain"),
        };
        if (multipart)
        {
            variants.Add(() => new MultipartFormDataContent());
            variants.Add(() => new MultipartFormDataContent { { new StringContent(Huge), "name" } });
            variants.Add(() => new MultipartFormDataContent { { new ByteArrayContent([0xFF, 0xFE, 0x00, 0x01]), "file", "bad.csv" } });
        }
        var properties = Properties(schema, schemas);
        if (properties.Count == 0) return variants;
        foreach (var fill in new Func<JsonNode?, JsonNode?>[] { Wrong, _ => null, Extreme, Plausible })
        {
            var body = new JsonObject();
            foreach (var (name, property) in properties) body[name] = fill(Resolve(property, schemas));
            variants.Add(Json(body.ToJsonString()));
        }
        // Each property wrong on its own, the others plausible: reaches checks that the all-wrong body stops before.
        foreach (var (wrongName, _) in properties)
        {
            var body = new JsonObject();
            foreach (var (name, property) in properties) body[name] = name == wrongName ? Wrong(Resolve(property, schemas)) : Plausible(Resolve(property, schemas));
            variants.Add(Json(body.ToJsonString()));
        }
        return variants;
    }

    private static List<(string Name, JsonNode? Schema)> Properties(JsonNode? schema, JsonObject? schemas) =>
        Resolve(schema, schemas)?["properties"]?.AsObject().Select(p => (p.Key, p.Value)).ToList() ?? [];

    /// <summary>Follows <c>$ref</c> and picks the non-null branch of a nullable <c>oneOf</c>.</summary>
    private static JsonNode? Resolve(JsonNode? schema, JsonObject? schemas)
    {
        for (var depth = 0; schema is not null && depth < 5; depth++)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference) schema = schemas?[reference.Split('/')[^1]];
            else if (schema["oneOf"] is JsonArray branches) schema = branches.FirstOrDefault(b => b?["type"]?.ToString() != "null");
            else return schema;
        }
        return schema;
    }

    private static string Type(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
        JsonValue type => type.GetValue<string>(),
        _ => schema?["properties"] is not null ? "object" : "any",
    };

    private static JsonNode? Wrong(JsonNode? schema) => Type(schema) switch
    {
        "string" => 12345,
        "integer" or "number" => "not a number",
        "boolean" => "not a boolean",
        "array" => new JsonObject { ["not"] = "a list" },
        "object" => new JsonArray(1, 2, 3),
        _ => new JsonArray(new JsonObject()),
    };

    private static JsonNode? Extreme(JsonNode? schema) => Type(schema) switch
    {
        "string" => Huge,
        "integer" => JsonNode.Parse("99999999999999999999999"),
        "number" => JsonNode.Parse("1e308"),
        "boolean" => true,
        "array" => new JsonArray(Enumerable.Range(0, 10_000).Select(_ => (JsonNode?)JsonValue.Create(Huge[..100])).ToArray()),
        _ => new JsonObject { [Huge[..1000]] = Huge[..1000] },
    };

    private static JsonNode? Plausible(JsonNode? schema) => Type(schema) switch
    {
        "string" when schema?["format"]?.ToString() == "uuid" => Guid.NewGuid().ToString(),
        "string" when schema?["format"]?.ToString() == "date-time" => "2024-01-01T00:00:00Z",
        "string" when schema?["enum"] is JsonArray values => values[0]?.DeepClone(),
        "string" => "x",
        "integer" or "number" => 1,
        "boolean" => false,
        "array" => new JsonArray(),
        _ => new JsonObject(),
    };
}

/// <summary>
/// The fuzzed service refuses every Python kernel (429, its limit being 0): the requests that get through binding and
/// validation would otherwise each start a sandboxed kernel, seconds of both cores, for nothing the notebook tests do
/// not already cover.
/// </summary>
public sealed class FuzzedPlatform : PlatformFactory
{
    public FuzzedPlatform() => With("Platform:Notebooks:KernelsPerUser", "0");
}
