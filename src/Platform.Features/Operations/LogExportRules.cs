using FluentValidation;

namespace Platform.Features.Operations;

/// <summary>What a log export destination must look like, to save or to test.</summary>
public sealed record LogExportRequest(bool Enabled, string Kind, string Endpoint, string? Protocol = null, string? MinimumLevel = null, Dictionary<string, string>? Headers = null)
{
    /// <summary>Writes these settings onto <paramref name="settings"/>; headers, when given, replace the kept ones, encrypted.</summary>
    public LogExportSettings ApplyTo(LogExportSettings settings, Platform.Features.Common.SecretProtection secrets)
    {
        settings.Enabled = Enabled;
        settings.Kind = Kind;
        settings.Endpoint = Endpoint.Trim();
        settings.Protocol = Protocol ?? "http";
        settings.MinimumLevel = MinimumLevel ?? "Information";
        if (Headers is { } headers) settings.ProtectedHeaders = headers.ToDictionary(h => h.Key, h => secrets.Protect(h.Value));
        return settings;
    }
}

public sealed class LogExportRequestValidator : AbstractValidator<LogExportRequest>
{
    public LogExportRequestValidator()
    {
        RuleFor(x => x.Kind).Must(k => k is "otlp" or "seq").WithMessage("'kind' is otlp or seq.");
        RuleFor(x => x.Endpoint).NotEmpty().MaximumLength(500)
            .Must(e => Uri.TryCreate(e, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https").WithMessage("'endpoint' must be an absolute http or https URL.");
        RuleFor(x => x.Protocol).Must(p => p is null or "http" or "grpc").WithMessage("'protocol' is http or grpc.");
        RuleFor(x => x.MinimumLevel).Must(l => l is null || Enum.TryParse<Serilog.Events.LogEventLevel>(l, ignoreCase: true, out _))
            .WithMessage("'minimumLevel' is one of Verbose, Debug, Information, Warning, Error, Fatal.");
        RuleFor(x => x.Headers).Must(h => h is null || (h.Count <= 20 && h.All(p =>
                p.Key.Length is > 0 and <= 100 && p.Key.All(c => c is > ' ' and < '\x7f' and not ':') && p.Value.Length <= 2000 && !p.Value.Any(char.IsControl))))
            .WithMessage("'headers' holds at most 20 headers with plain names and values without control characters.");
    }
}
