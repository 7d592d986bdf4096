using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Sinks.OpenTelemetry;

namespace Platform.Features.Operations;

/// <summary>Where logs are shipped, set by administrators at run time: an OTLP endpoint or a Seq (HTTP, CLEF) server.</summary>
public sealed class LogExportSettings
{
    public const string SingletonId = "log-export";

    public string Id { get; set; } = SingletonId;
    public bool Enabled { get; set; }
    /// <summary>otlp (OpenTelemetry collector, Grafana, Datadog…) or seq.</summary>
    public string Kind { get; set; } = "otlp";
    /// <summary>For OTLP over HTTP, the logs URL (…/v1/logs); for gRPC, the collector's address; for Seq, the server's URL.</summary>
    public string Endpoint { get; set; } = "";
    /// <summary>http (protobuf) or grpc, for OTLP.</summary>
    public string Protocol { get; set; } = "http";
    public string MinimumLevel { get; set; } = "Information";
    /// <summary>Headers sent with every batch (an API key, a tenant), their values encrypted.</summary>
    public Dictionary<string, string> ProtectedHeaders { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
}

/// <summary>
/// A Serilog sink in the host's pipeline that forwards to the shipping sink the current settings describe, swapped
/// whenever they change (here at once, on other instances within a poll). Failures to ship stay inside the sink
/// (Serilog's self-log), so shipping never loops back into the logs it ships. Its services are resolved when first
/// needed: the logging pipeline it belongs to is built before them.
/// </summary>
public sealed class LogShipper(IServiceProvider services) : BackgroundService, ILogEventSink
{
    private Logger? _current;
    private DateTimeOffset _applied = DateTimeOffset.MinValue;

    public void Emit(LogEvent logEvent) => Volatile.Read(ref _current)?.Write(logEvent);

    /// <summary>Builds the logger settings describe; <paramref name="handler"/> observes its HTTP calls (for a test send).</summary>
    public Logger Build(LogExportSettings settings, HttpMessageHandler? handler = null)
    {
        var secrets = services.GetRequiredService<SecretProtection>();
        var headers = settings.ProtectedHeaders.ToDictionary(h => h.Key, h => secrets.Unprotect(h.Value));
        var level = Enum.Parse<LogEventLevel>(settings.MinimumLevel, ignoreCase: true);
        var configuration = new LoggerConfiguration().MinimumLevel.Verbose();
        if (settings.Kind == "seq")
        {
            headers.TryGetValue("X-Seq-ApiKey", out var apiKey);
            configuration.WriteTo.Seq(settings.Endpoint, restrictedToMinimumLevel: level, apiKey: apiKey, messageHandler: handler, period: TimeSpan.FromSeconds(2));
        }
        else
            configuration.WriteTo.OpenTelemetry(options =>
            {
                options.Endpoint = settings.Endpoint;
                options.Protocol = settings.Protocol == "grpc" ? OtlpProtocol.Grpc : OtlpProtocol.HttpProtobuf;
                options.Headers = headers;
                options.RestrictedToMinimumLevel = level;
                options.ResourceAttributes = new Dictionary<string, object> { ["service.name"] = "platform" };
                options.BatchingOptions.BufferingTimeLimit = TimeSpan.FromSeconds(2);
                if (handler is not null) options.HttpMessageHandler = handler;
            });
        return configuration.CreateLogger();
    }

    /// <summary>Ships from now on as <paramref name="settings"/> say (or not at all); the previous sink is flushed and closed.</summary>
    public void Apply(LogExportSettings? settings)
    {
        var next = settings is { Enabled: true } ? Build(settings) : null;
        _applied = settings?.UpdatedAt ?? DateTimeOffset.MinValue;
        Interlocked.Exchange(ref _current, next)?.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(TimeSpan.FromSeconds(30), services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<LogShipper>>(),
            "Reading the log export settings failed", async ct =>
        {
            await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
            var settings = await session.LoadAsync<LogExportSettings>(LogExportSettings.SingletonId, ct);
            if ((settings?.UpdatedAt ?? DateTimeOffset.MinValue) != _applied) Apply(settings);
        }, stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Interlocked.Exchange(ref _current, null)?.Dispose();
    }
}

/// <param name="Headers">Header names only: their values are kept encrypted and not shown.</param>
public sealed record LogExportResponse(bool Enabled, string Kind, string Endpoint, string Protocol, string MinimumLevel, IReadOnlyList<string> Headers, DateTimeOffset? UpdatedAt)
{
    public static LogExportResponse From(LogExportSettings? s) => s is null
        ? new(false, "otlp", "", "http", "Information", [], null)
        : new(s.Enabled, s.Kind, s.Endpoint, s.Protocol, s.MinimumLevel, s.ProtectedHeaders.Keys.Order().ToList(), s.UpdatedAt);
}
