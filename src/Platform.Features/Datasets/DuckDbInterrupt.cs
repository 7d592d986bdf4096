using DuckDB.NET.Data;

namespace Platform.Features.Datasets;

/// <summary>
/// Interrupts a DuckDB command when a token is cancelled. DuckDB forgets an interrupt that lands before the
/// statement has begun (renting a connection and starting a statement take time on a busy machine), so the
/// interrupt is repeated until the command is over. None follows disposal: a pooled connection's next
/// statement must not be hit.
/// </summary>
public sealed class DuckDbInterrupt : IDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(50);
    private readonly DuckDBCommand _command;
    private readonly Lock _gate = new();
    private readonly CancellationTokenRegistration _registration;
    private Timer? _repeat;
    private bool _over;

    private DuckDbInterrupt(CancellationToken ct, DuckDBCommand command)
    {
        _command = command;
        _registration = ct.Register(Start);
    }

    /// <summary>Dispose once the command's statement and its reader are done.</summary>
    public static DuckDbInterrupt When(CancellationToken ct, DuckDBCommand command)
    {
        ct.ThrowIfCancellationRequested();
        return new DuckDbInterrupt(ct, command);
    }

    private void Start()
    {
        lock (_gate)
        {
            if (_over) return;
            _command.Cancel();
            _repeat = new Timer(_ => Repeat(), null, Every, Every);
        }
    }

    private void Repeat()
    {
        lock (_gate)
            if (!_over) _command.Cancel();
    }

    public void Dispose()
    {
        _registration.Dispose();
        lock (_gate)
        {
            _over = true;
            _repeat?.Dispose();
        }
    }
}
