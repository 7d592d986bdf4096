using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Marten;
using Marten.Patching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Dashboards;
using Platform.Features.Datasets;
using Platform.Features.Notebooks.Kernels;
using Platform.Features.Query;
using Platform.Features.Query.Language;

namespace Platform.Features.Notebooks;

/// <summary>
/// Runs cells in the background of the request that asked: Python in the notebook's sandboxed kernel, SQL through the
/// guarded query runner over the notebook's datasets. Every output becomes a frame of the run's resumable stream as it
/// comes (<c>status</c>, <c>stream</c>, <c>display_data</c>, <c>execute_result</c>, <c>error</c>, then <c>done</c>), and the
/// outputs are kept on the cell when the run ends. A run past <see cref="NotebookOptions.CellTimeout"/> is interrupted.
/// </summary>
public sealed class CellRunner(
    IDocumentStore store, ResumableStreams streams, KernelSessions kernels, QueryRunner queries, IOptions<NotebookOptions> options, TimeProvider clock,
    ILogger<CellRunner> logger)
{
    public const string TableType = "application/vnd.platform.table+json";
    public const string VegaLiteType = "application/vnd.vegalite.v5+json";
    private const int SqlRowLimit = 1000;
    private readonly ConcurrentDictionary<Guid, RunningCell> _running = new();

    /// <summary>A run of this instance: what stops it, and whether a person asked (rather than its time limit).</summary>
    private sealed class RunningCell(CancellationTokenSource stop)
    {
        public CancellationTokenSource Stop { get; } = stop;
        public bool Interrupted { get; set; }
    }

    public void Start(Notebook notebook, NotebookCell cell, CellRun run, IReadOnlyList<Dataset> datasets)
    {
        // Known as running before the thread pool picks it up: an interrupt sent before it starts still stops it.
        var running = _running[run.Id] = new RunningCell(new CancellationTokenSource(options.Value.CellTimeout));
        // The run outlives the request that started it: without the request's HttpContext, which is disposed when the
        // request ends (the audit's session listener reads it on every save).
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(() => RunAsync(notebook, cell, run, datasets, running));
    }

    public bool IsRunning(Guid? runId) => runId is { } id && _running.ContainsKey(id);

    /// <summary>Interrupts a run of this instance on a person's request; false when it is not running here.</summary>
    public bool Interrupt(Guid runId)
    {
        if (!_running.TryGetValue(runId, out var run)) return false;
        run.Interrupted = true;
        run.Stop.Cancel();
        return true;
    }

    private async Task RunAsync(Notebook notebook, NotebookCell cell, CellRun run, IReadOnlyList<Dataset> datasets, RunningCell running)
    {
        using var stop = running.Stop;
        var outputs = new List<CellOutput>();
        var status = CellStatus.Error;
        int? executionCount = null;
        // Frames are written by one loop, as many at a time as have come: a cell printing in a loop is not held to
        // one database round trip per output.
        var pending = Channel.CreateUnbounded<(string Event, object Data)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var writing = WriteFramesAsync(run.Id, pending.Reader);
        Task Emit(string type, JsonObject content)
        {
            if (type != "status") outputs.Add(new CellOutput(type, JsonSerializer.SerializeToElement(content)));
            pending.Writer.TryWrite((type, content));
            return Task.CompletedTask;
        }

        try
        {
            await MarkAsync(cell.Id, run.Id, CellStatus.Running);
            if (cell.Kind == CellKind.Sql)
            {
                await Emit("status", new JsonObject { ["execution_state"] = "busy" });
                (status, executionCount) = await RunSqlAsync(notebook, cell, datasets, run.StartedBy, Emit, stop.Token);
                await Emit("status", new JsonObject { ["execution_state"] = "idle" });
            }
            else (status, executionCount) = await RunPythonAsync(notebook, cell, run, datasets, Emit, stop.Token);
        }
        catch (Exception e) when (e is ProblemException or KernelStoppedException or OperationCanceledException)
        {
            var (name, value) = e switch
            {
                ProblemException p => (p.Title, p.Detail),
                KernelStoppedException => ("KernelStopped", e.Message + " Run the cell again to start a new kernel."),
                _ => ("KeyboardInterrupt", stop.IsCancellationRequested && !running.Interrupted
                    ? $"The cell ran past its limit of {options.Value.CellTimeout.TotalSeconds:0} s."
                    : "The cell was interrupted before it ran."),
            };
            await Emit("error", new JsonObject { ["ename"] = name, ["evalue"] = value, ["traceback"] = new JsonArray() });
            status = e is OperationCanceledException ? CellStatus.Aborted : CellStatus.Error;
        }
        catch (Exception e)
        {
            logger.LogError(e, "A notebook cell run failed");
            await Emit("error", new JsonObject { ["ename"] = "InternalError", ["evalue"] = "The run failed on the server; see its log.", ["traceback"] = new JsonArray() });
        }
        finally
        {
            _running.TryRemove(run.Id, out _);
            PlatformMetrics.CellRuns.Add(1, new("kind", cell.Kind), new("status", status));
            try
            {
                await FinishAsync(cell.Id, run.Id, status, executionCount, outputs);
            }
            finally
            {
                // Done comes after the outputs are on the cell: a reader that sees it and reloads finds them.
                pending.Writer.TryWrite((ResumableStreams.Final, new { status, executionCount }));
                pending.Writer.Complete();
                await writing;
            }
        }
    }

    private async Task WriteFramesAsync(Guid runId, ChannelReader<(string Event, object Data)> frames)
    {
        var batch = new List<(string, object)>();
        while (await frames.WaitToReadAsync())
        {
            while (batch.Count < 500 && frames.TryRead(out var frame)) batch.Add(frame);
            try
            {
                await streams.AppendManyAsync(runId, batch, CancellationToken.None);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
            {
                logger.LogWarning(e, "Frames of a notebook run could not be stored");
            }
            batch.Clear();
        }
    }

    private async Task<(string, int?)> RunPythonAsync(Notebook notebook, NotebookCell cell, CellRun run, IReadOnlyList<Dataset> datasets,
        Func<string, JsonObject, Task> emit, CancellationToken stop)
    {
        // A run interrupted before it began starts no kernel: the start is shared, so it would not stop with the run.
        stop.ThrowIfCancellationRequested();
        var session = await kernels.ForNotebookAsync(run.StartedBy, notebook.Id, notebook.RoomId, datasets, stop);
        try
        {
            var result = await session.ExecuteAsync(run.Id, cell.Source, o => emit(o.Type, o.Content), clock, stop);
            return (result.Status switch { "ok" => CellStatus.Ok, "aborted" => CellStatus.Aborted, _ => CellStatus.Error }, result.ExecutionCount);
        }
        catch (KernelStoppedException)
        {
            await kernels.StopAsync(session.Id);
            throw;
        }
    }

    private async Task<(string, int?)> RunSqlAsync(Notebook notebook, NotebookCell cell, IReadOnlyList<Dataset> datasets, Guid userId,
        Func<string, JsonObject, Task> emit, CancellationToken stop)
    {
        var scope = new QueryScope($"notebook:{notebook.Id:N}|{string.Join(',', datasets.Select(d => $"{d.Id:N}@{d.Version}"))}", notebook.RoomId, datasets, userId);
        var answer = await queries.RunAsync(scope, cell.Source, SqlRowLimit, force: false, stop);
        await emit("execute_result", TableOutput(answer));
        return (CellStatus.Ok, null);
    }

    /// <summary>
    /// An SQL answer as a Jupyter result: the table itself (columns, rows), the chart that fits it as Vega-Lite (the
    /// dashboards' choice: bars, a line over time, a pie of shares, a scatter, one number) and its first rows as text.
    /// </summary>
    public static JsonObject TableOutput(SqlAnswer answer)
    {
        var table = new JsonObject
        {
            ["columns"] = JsonSerializer.SerializeToNode(answer.Columns, JsonSerializerOptions.Web),
            ["rows"] = JsonSerializer.SerializeToNode(answer.Rows, JsonSerializerOptions.Web),
            ["rowCount"] = answer.RowCount,
            ["truncated"] = answer.Truncated,
        };
        var data = new JsonObject { [TableType] = table, ["text/plain"] = PlainText(answer) };
        var chart = Chart.For(Chart.ShapeOf(answer.Columns, answer.RowCount), answer.Columns, answer.RowCount);
        if (chart.Type != "table")
            data[VegaLiteType] = VegaLite.Spec("", new Visualization(chart.Type, chart.X, chart.Y, chart.Series), answer.Columns, answer.Rows);
        return new JsonObject { ["data"] = data, ["metadata"] = new JsonObject() };
    }

    private static string PlainText(SqlAnswer answer)
    {
        var text = new StringBuilder(string.Join(" | ", answer.Columns.Select(c => c.Name)));
        foreach (var row in answer.Rows.Take(20)) text.Append('\n').AppendJoin(" | ", row.Select(v => v?.ToString() ?? "NULL"));
        if (answer.RowCount > 20 || answer.Truncated) text.Append($"\n… {answer.RowCount} rows{(answer.Truncated ? " (truncated)" : "")}");
        return text.ToString();
    }

    private async Task MarkAsync(Guid cellId, Guid runId, string status)
    {
        await using var session = store.LightweightSession();
        session.Patch<NotebookCell>(cellId).Set(c => c.Status, status);
        session.Patch<CellRun>(runId).Set(r => r.Status, status);
        await session.SaveChangesAsync();
    }

    private async Task FinishAsync(Guid cellId, Guid runId, string status, int? executionCount, List<CellOutput> outputs)
    {
        await using var session = store.LightweightSession();
        // Patched, not stored whole: the cell's source may have been edited while it ran.
        session.Patch<NotebookCell>(cellId).Set(c => c.Status, status);
        session.Patch<NotebookCell>(cellId).Set(c => c.Outputs, outputs);
        session.Patch<NotebookCell>(cellId).Set(c => c.ExecutionCount, executionCount);
        session.Patch<CellRun>(runId).Set(r => r.Status, status);
        session.Patch<CellRun>(runId).Set(r => r.FinishedAt, clock.GetUtcNow());
        await session.SaveChangesAsync();
    }
}
