using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace Platform.Api.Logging;

/// <summary>Keeps access tokens sent in a query string out of the logs, whichever logger wrote the URL.</summary>
public sealed partial class AccessTokenRedactor : ILogEventEnricher
{
    [GeneratedRegex(@"((?:access_token|token)=)[^&\s""]+", RegexOptions.IgnoreCase)]
    private static partial Regex TokenInQuery();

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory factory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
            if (value is ScalarValue { Value: string text } && text.Contains("token=", StringComparison.OrdinalIgnoreCase))
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(TokenInQuery().Replace(text, "$1(redacted)"))));
    }
}
