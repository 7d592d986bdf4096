using System.Security.Cryptography;
using System.Text;
using Npgsql;
using OpenTelemetry.Metrics;
using Platform.Features.Common;

namespace Platform.Api;

/// <summary>
/// <c>GET /metrics</c> in Prometheus text format through OpenTelemetry: ASP.NET Core (route templates, never ids),
/// HttpClient, runtime and Npgsql instruments, and the platform's own (<see cref="PlatformMetrics"/>). Open unless
/// <c>Platform:Metrics:BasicAuth</c> (<c>user:password</c>) is set; our bearer tokens do not apply to scrapers.
/// </summary>
public static class Metrics
{
    public const string Path = "/metrics";

    public static IServiceCollection AddPlatformMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddNpgsqlInstrumentation()
            .AddMeter(PlatformMetrics.MeterName)
            // The exporter's default keeps a scrape for 300 ms; a scrape should show what is open now.
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    public static void MapPlatformMetrics(this WebApplication app)
    {
        var credentials = app.Configuration["Platform:Metrics:BasicAuth"] is { Length: > 0 } configured
            ? SHA256.HashData(Encoding.UTF8.GetBytes(configured))
            : null;
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
        {
            if (credentials is null || Presented(http.Request) is { } presented && CryptographicOperations.FixedTimeEquals(presented, credentials))
            {
                await next(http);
                return;
            }
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"metrics\", charset=\"UTF-8\"";
        }), optionsName: null).AllowAnonymous();
    }

    /// <summary>The hash of the <c>user:password</c> of a Basic authorization header.</summary>
    private static byte[]? Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return null;
        Span<byte> decoded = stackalloc byte[header.Length];
        return Convert.TryFromBase64String(header[6..].Trim(), decoded, out var written) ? SHA256.HashData(decoded[..written]) : null;
    }
}
