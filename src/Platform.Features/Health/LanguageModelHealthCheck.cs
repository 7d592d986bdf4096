using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Health;

/// <summary>
/// The server's language model (<c>Platform:Llm</c>), asked for its model list. The operator configured it, so it
/// may well be on this machine or the private network (an Ollama beside the service): no outbound guard here.
/// </summary>
public sealed class LanguageModelHealthCheck(IOptions<LlmOptions> options) : IHealthCheck
{
    public const string Name = "language-model";

    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(5) };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var llm = options.Value;
        if (string.IsNullOrWhiteSpace(llm.BaseUrl) || string.IsNullOrWhiteSpace(llm.Model))
            return Reachability.NotConfigured("Not configured: questions are answered by the built-in engine (people's own credentials still work).");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{llm.BaseUrl.TrimEnd('/')}/models");
        if (!string.IsNullOrEmpty(llm.ApiKey)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", llm.ApiKey);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await Http.SendAsync(request, ct);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                return HealthCheckResult.Unhealthy($"{llm.BaseUrl} refused the key ({(int)response.StatusCode}).");
            if (!response.IsSuccessStatusCode) return HealthCheckResult.Unhealthy($"{llm.BaseUrl} answered {(int)response.StatusCode}.");
            using var models = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            var names = models.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
                ? data.EnumerateArray().Select(m => m.TryGetProperty("id", out var id) ? id.GetString() : null).ToHashSet()
                : [];
            return names.Contains(llm.Model)
                ? Reachability.Answered($"{llm.BaseUrl} answers and serves {llm.Model}.", watch.Elapsed)
                : HealthCheckResult.Degraded($"{llm.BaseUrl} answers but does not list the model {llm.Model}.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException && !ct.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{llm.BaseUrl} cannot be reached: {e.Message}");
        }
    }
}
