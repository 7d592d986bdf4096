using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Platform.Tests.Infrastructure;

/// <summary>A Serilog sink keeping every rendered line (with its properties), for tests that read the service log.</summary>
public sealed class LogCollector : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToList();

    public void Emit(LogEvent logEvent) =>
        _lines.Enqueue(logEvent.RenderMessage() + " " + string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}")) + (logEvent.Exception is { } e ? " " + e : ""));
}
