using Serilog.Core;
using Serilog.Events;

namespace Platform.Features.Operations;

/// <summary>A log event as kept: its time, level, rendered message, properties and exception.</summary>
public sealed record LogRecord(long Sequence, DateTimeOffset At, string Level, string Message, string? Template, IReadOnlyDictionary<string, string> Properties, string? Exception);

/// <summary>
/// The most recent log events of this instance, in memory (a Serilog sink, so everything that reaches the configured
/// level lands here too): the oldest go when the ring is full. What administrators read at <c>GET /api/logs</c>.
/// </summary>
public sealed class LogRing(int capacity) : ILogEventSink
{
    private readonly LogRecord?[] _records = new LogRecord?[Math.Max(1, capacity)];
    private readonly Lock _lock = new();
    private long _written;

    public int Capacity => _records.Length;

    public void Emit(LogEvent logEvent)
    {
        var properties = logEvent.Properties.ToDictionary(p => p.Key, p => p.Value is ScalarValue { Value: string text } ? text : p.Value.ToString());
        lock (_lock)
        {
            _written++;
            _records[(_written - 1) % _records.Length] = new LogRecord(_written, logEvent.Timestamp, logEvent.Level.ToString(), logEvent.RenderMessage(),
                logEvent.MessageTemplate.Text, properties, logEvent.Exception?.ToString());
        }
    }

    /// <summary>What the ring holds now, newest first.</summary>
    public IReadOnlyList<LogRecord> NewestFirst()
    {
        lock (_lock)
        {
            var count = (int)Math.Min(_written, _records.Length);
            var result = new List<LogRecord>(count);
            for (var i = 0; i < count; i++) result.Add(_records[(_written - 1 - i) % _records.Length]!);
            return result;
        }
    }
}
