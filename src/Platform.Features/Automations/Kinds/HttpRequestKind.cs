using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Common;

namespace Platform.Features.Automations.Kinds;

/// <summary>
/// <c>http.request</c>: one outbound call. Internal addresses are refused (unless an operator lists the host), every
/// redirect is checked again, the call may take 10 s and its answer 1 MB at most.
/// </summary>
public sealed class HttpRequestKind([FromKeyedServices(AutomationsRegistration.OutboundClient)] OutboundHttp outbound) : IJobKind
{
    public const int MaxResponseBytes = 1024 * 1024;
    private const int MaxRedirects = 5;
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromSeconds(10);
    private static readonly string[] ContentHeaders = ["content-type", "content-language", "content-encoding"];
    private static readonly string[] ForbiddenHeaders = ["host", "content-length", "transfer-encoding", "connection", "upgrade", "te", "trailer", "keep-alive", "proxy-connection"];

    public string Id => "http.request";
    public string Name => "HTTP request";
    public string Description => "Calls a URL (GET, POST, PUT, PATCH, DELETE or HEAD) and outputs its status, headers and body (JSON read as JSON).";

    public string InputSchema => """
        {
          "type": "object",
          "properties": {
            "url": { "type": "string", "minLength": 1, "maxLength": 2048, "description": "An absolute http or https URL." },
            "method": { "type": "string", "enum": ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"], "description": "GET, or POST when a body is given." },
            "headers": { "type": "object", "additionalProperties": { "type": "string", "maxLength": 8192 }, "maxProperties": 50 },
            "body": { "description": "Sent as JSON, or as text when it is a string." },
            "timeoutSeconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 10, "description": "At most 10 (the default)." },
            "failOnErrorStatus": { "type": "boolean", "description": "Fail the step on a 4xx or 5xx answer (the default)." }
          },
          "required": ["url"],
          "additionalProperties": false
        }
        """;

    public async Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct)
    {
        var inputs = context.Inputs;
        var url = inputs.GetProperty("url").GetString()!;
        var body = inputs.TryGetProperty("body", out var b) && b.ValueKind is not JsonValueKind.Null ? b : (JsonElement?)null;
        var method = new HttpMethod(inputs.TryGetProperty("method", out var m) ? m.GetString()! : body is null ? "GET" : "POST");
        var timeout = inputs.TryGetProperty("timeoutSeconds", out var t) ? TimeSpan.FromSeconds(Math.Min(t.GetDouble(), MaxTimeout.TotalSeconds)) : MaxTimeout;
        var headers = inputs.TryGetProperty("headers", out var h) ? h.EnumerateObject().Select(p => (p.Name, Value: p.Value.GetString() ?? "")).ToList() : [];
        if (headers.FirstOrDefault(x => ForbiddenHeaders.Contains(x.Name.ToLowerInvariant())) is { Name: { } forbidden })
            throw Refused($"The header '{forbidden}' is set by the platform itself.");

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (outbound.Refusal(url) is { } refusal) throw Refused($"Will not call {url}: {refusal}.");
                using var request = new HttpRequestMessage(method, url);
                foreach (var (name, value) in headers.Where(x => !ContentHeaders.Contains(x.Name.ToLowerInvariant())))
                    if (!request.Headers.TryAddWithoutValidation(name, value)) throw Refused($"The header '{name}' cannot be sent.");
                if (body is { } content) request.Content = Content(content, headers);
                using var response = await outbound.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (hop == MaxRedirects) throw Refused($"More than {MaxRedirects} redirects.");
                    url = new Uri(new Uri(url), location).ToString();
                    if (response.StatusCode == HttpStatusCode.SeeOther || (response.StatusCode is HttpStatusCode.Moved or HttpStatusCode.Found && method == HttpMethod.Post))
                    {
                        method = HttpMethod.Get;
                        body = null;
                    }
                    context.Log($"{(int)response.StatusCode}: redirected to {url}.");
                    continue;
                }
                var text = await ReadCappedAsync(response, deadline.Token);
                var status = (int)response.StatusCode;
                context.Log($"{method} {url}: {status} in {clock.ElapsedMilliseconds} ms, {Encoding.UTF8.GetByteCount(text)} bytes.");
                var failOnError = !inputs.TryGetProperty("failOnErrorStatus", out var f) || f.ValueKind != JsonValueKind.False;
                if (failOnError && status >= 400)
                    throw new ProblemException(StatusCodes.Status502BadGateway, "The call failed", $"{method} {url} answered {status}: {Shorten(text)}");
                return new JobStepOutcome(new
                {
                    status,
                    ok = status is >= 200 and < 300,
                    url,
                    headers = response.Content.Headers.Concat(response.Headers).ToDictionary(x => x.Key.ToLowerInvariant(), x => string.Join(", ", x.Value)),
                    body = ParseBody(text, response.Content.Headers.ContentType),
                    elapsedMs = clock.ElapsedMilliseconds,
                });
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ProblemException(StatusCodes.Status504GatewayTimeout, "The call took too long", $"{method} {url} did not answer within {timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException e)
        {
            throw new ProblemException(StatusCodes.Status502BadGateway, "The call failed", $"{method} {url}: {e.Message}");
        }
    }

    private static HttpContent Content(JsonElement body, List<(string Name, string Value)> headers)
    {
        HttpContent content = body.ValueKind == JsonValueKind.String
            ? new StringContent(body.GetString()!, Encoding.UTF8, "text/plain")
            : new StringContent(body.GetRawText(), Encoding.UTF8, "application/json");
        foreach (var (name, value) in headers.Where(x => ContentHeaders.Contains(x.Name.ToLowerInvariant())))
        {
            content.Headers.Remove(name);
            if (!content.Headers.TryAddWithoutValidation(name, value)) throw Refused($"The header '{name}' cannot be sent.");
        }
        return content;
    }

    private static async Task<string> ReadCappedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        return Encoding.UTF8.GetString(await CappedReads.ReadAsync(stream, response.Content.Headers.ContentLength, MaxResponseBytes, TooLarge, ct));
    }

    private static object? ParseBody(string text, MediaTypeHeaderValue? type)
    {
        if (text.Length == 0) return null;
        if (type?.MediaType is { } media && (media.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                return JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
            }
        }
        return text;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.Moved or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static ProblemException Refused(string detail) => new(StatusCodes.Status400BadRequest, "Request refused", detail);

    private static ProblemException TooLarge() =>
        new(StatusCodes.Status502BadGateway, "The answer is too large", $"The answer is larger than {MaxResponseBytes / 1024 / 1024} MB.");
}
