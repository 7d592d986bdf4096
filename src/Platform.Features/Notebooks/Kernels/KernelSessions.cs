using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Datasets;

namespace Platform.Features.Notebooks.Kernels;

/// <summary>A running kernel: whose it is, what it was started for, the datasets it sees, and when it was last used.</summary>
public sealed class KernelSession(Guid id, Guid ownerId, Guid? notebookId, Guid? roomId, IReadOnlyList<string> datasets, SessionFolder folder, DateTimeOffset startedAt)
{
    public Guid Id { get; } = id;
    public Guid OwnerId { get; } = ownerId;
    public Guid? NotebookId { get; } = notebookId;
    public Guid? RoomId { get; } = roomId;
    public IReadOnlyList<string> Datasets { get; } = datasets;
    public SessionFolder Folder { get; } = folder;
    public DateTimeOffset StartedAt { get; } = startedAt;
    public DateTimeOffset LastUsedAt { get; set; } = startedAt;
    public KernelProcess Process { get; set; } = null!;

    /// <summary>The run the kernel is executing, if any.</summary>
    public string? Running { get; set; }

    public int Executions { get; set; }

    public string State => Process.HasExited ? "stopped" : Running is null ? "idle" : "busy";

    /// <summary>Runs code in the kernel, keeping the session's state (busy, last used, runs) as it goes.</summary>
    public async Task<ExecutionResult> ExecuteAsync(Guid runId, string code, Func<KernelOutput, Task> onOutput, TimeProvider clock, CancellationToken ct)
    {
        var id = runId.ToString("N");
        Running = id;
        LastUsedAt = clock.GetUtcNow();
        try
        {
            var result = await Process.ExecuteAsync(id, code, onOutput, ct);
            Executions++;
            return result;
        }
        finally
        {
            if (Running == id) Running = null;
            LastUsedAt = clock.GetUtcNow();
        }
    }
}

/// <summary>
/// The kernels running on this instance: at most <see cref="NotebookOptions.KernelsPerUser"/> per person, each in its
/// own sandbox with its datasets exported for it; stopped when idle past <see cref="NotebookOptions.IdleTimeout"/>,
/// when their owner stops them, and when the service stops.
/// </summary>
public sealed class KernelSessions(Sandbox sandbox, DatasetFiles files, IOptions<NotebookOptions> options, TimeProvider clock, ILogger<KernelSessions> logger)
    : Microsoft.Extensions.Hosting.BackgroundService
{
    private readonly ConcurrentDictionary<Guid, KernelSession> _sessions = new();
    private readonly ConcurrentDictionary<Guid, Task<KernelSession>> _starting = new();
    private readonly Lock _counting = new();
    private readonly Dictionary<Guid, int> _perOwner = [];

    public KernelSession? Find(Guid id) => _sessions.TryGetValue(id, out var session) && !session.Process.HasExited ? session : null;

    public IEnumerable<KernelSession> All => _sessions.Values;

    public IEnumerable<KernelSession> Running => _sessions.Values.Where(s => !s.Process.HasExited);

    /// <summary>The notebook's kernel, if one runs here.</summary>
    public KernelSession? RunningFor(Guid notebookId) => Running.FirstOrDefault(s => s.NotebookId == notebookId);

    /// <summary>The notebook's running kernel, or a new one started for it (once, however many ask at the same time).</summary>
    public async Task<KernelSession> ForNotebookAsync(Guid ownerId, Guid notebookId, Guid? roomId, IReadOnlyList<Dataset> datasets, CancellationToken ct)
    {
        if (RunningFor(notebookId) is { } running)
        {
            // Used from now: the idle sweep must not stop it between this answer and its run's start.
            running.LastUsedAt = clock.GetUtcNow();
            return running;
        }
        var starting = _starting.GetOrAdd(notebookId, _ => StartAsync(ownerId, notebookId, roomId, datasets, CancellationToken.None));
        try
        {
            return await starting.WaitAsync(ct);
        }
        finally
        {
            if (starting.IsCompleted) _starting.TryRemove(KeyValuePair.Create(notebookId, starting));
        }
    }

    public async Task<KernelSession> StartAsync(Guid ownerId, Guid? notebookId, Guid? roomId, IReadOnlyList<Dataset> datasets, CancellationToken ct)
    {
        var missing = sandbox.Missing();
        if (missing.Count > 0)
            throw new ProblemException(StatusCodes.Status503ServiceUnavailable, "Notebooks unavailable", string.Join(" ", missing));
        Reserve(ownerId);
        var id = Guid.NewGuid();
        SessionFolder? folder = null;
        try
        {
            folder = sandbox.CreateSessionFolder(id);
            var names = await Task.Run(() => Export(datasets, folder.Data), ct);
            var session = new KernelSession(id, ownerId, notebookId, roomId, names, folder, clock.GetUtcNow());
            session.Process = await KernelProcess.StartAsync(sandbox, folder, toolsOnly: false, logger, ct);
            _sessions[id] = session;
            PlatformMetrics.NotebookKernels.Add(1);
            return session;
        }
        catch
        {
            Release(ownerId);
            if (folder is not null) sandbox.DeleteSessionFolder(folder);
            throw;
        }
    }

    public async Task StopAsync(Guid id)
    {
        if (!_sessions.TryRemove(id, out var session)) return;
        await session.Process.DisposeAsync();
        sandbox.DeleteSessionFolder(session.Folder);
        Release(session.OwnerId);
        PlatformMetrics.NotebookKernels.Add(-1);
    }

    public async Task StopNotebookAsync(Guid notebookId)
    {
        foreach (var session in _sessions.Values.Where(s => s.NotebookId == notebookId).ToList()) await StopAsync(session.Id);
    }

    /// <summary>A throwaway sandbox that answers editor help from the code alone, for callers with no kernel running.</summary>
    public async Task<T> WithToolsAsync<T>(Func<KernelProcess, Task<T>> use, CancellationToken ct)
    {
        var folder = sandbox.CreateSessionFolder(Guid.NewGuid());
        try
        {
            await using var tools = await KernelProcess.StartAsync(sandbox, folder, toolsOnly: true, logger, ct);
            return await use(tools);
        }
        finally
        {
            sandbox.DeleteSessionFolder(folder);
        }
    }

    private void Reserve(Guid ownerId)
    {
        lock (_counting)
        {
            var running = _perOwner.GetValueOrDefault(ownerId);
            if (running >= options.Value.KernelsPerUser)
                throw new ProblemException(StatusCodes.Status429TooManyRequests, "Too many kernels",
                    $"You have {running} kernels running, the most allowed; stop one (DELETE /api/execute/session/{{id}}) or wait for an idle one to stop.");
            _perOwner[ownerId] = running + 1;
        }
    }

    private void Release(Guid ownerId)
    {
        lock (_counting)
        {
            if (_perOwner.TryGetValue(ownerId, out var running) && running > 1) _perOwner[ownerId] = running - 1;
            else _perOwner.Remove(ownerId);
        }
    }

    /// <summary>
    /// Each dataset as CSV written by DuckDB, with a description (name, table name, columns and their types) that the
    /// kernel's <c>platform.dataset()</c> reads to give pandas the right types. Only these files are mounted.
    /// </summary>
    private List<string> Export(IReadOnlyList<Dataset> datasets, string folder)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException();
        var names = new List<string>();
        foreach (var dataset in datasets)
        {
            var csv = Path.Combine(folder, dataset.TableName + ".csv");
            DatasetStorage.Export(files.Data(dataset), dataset.TableName, csv, "format csv, header true");
            File.SetUnixFileMode(csv, Sandbox.ReadableFile);
            var description = Path.Combine(folder, dataset.TableName + ".json");
            File.WriteAllText(description, JsonSerializer.Serialize(new
            {
                name = dataset.Name, tableName = dataset.TableName, file = dataset.TableName + ".csv",
                columns = dataset.Columns.Select(c => new { name = c.Name, type = c.Type }),
            }));
            File.SetUnixFileMode(description, Sandbox.ReadableFile);
            names.Add(dataset.Name);
        }
        return names;
    }

    protected override Task ExecuteAsync(CancellationToken stop) =>
        PeriodicWork.RunAsync(TimeSpan.FromSeconds(Math.Clamp(options.Value.IdleTimeout.TotalSeconds / 4, 1, 60)), clock, logger,
            "Idle notebook kernels could not be stopped.", async _ =>
            {
                var now = clock.GetUtcNow();
                foreach (var session in _sessions.Values.Where(s => s.Process.HasExited || (s.Running is null && now - s.LastUsedAt > options.Value.IdleTimeout)))
                    await StopAsync(session.Id);
            }, stop, startNow: false);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Task.WhenAll(_sessions.Keys.Select(StopAsync));
        try
        {
            if (Directory.Exists(sandbox.WorkFolder)) Directory.Delete(sandbox.WorkFolder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
