using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;

namespace Platform.Features.Notebooks.Kernels;

/// <summary>One Jupyter output of a run: its message type (stream, display_data, execute_result, error, status…) and content.</summary>
public sealed record KernelOutput(string Type, JsonObject Content);

/// <param name="Status">ok, error, or aborted (interrupted before it started).</param>
public sealed record ExecutionResult(string Status, int? ExecutionCount);

/// <summary>
/// The sandboxed host script of one session, spoken to in JSON lines: it relays the Jupyter messages of its kernel
/// (or, started for tools only, answers Jedi's help alone). Replies are routed to their request by id.
/// </summary>
public sealed class KernelProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Channel<JsonObject>> _waiting = new();
    private readonly Lock _writing = new();
    private readonly TaskCompletionSource<JsonObject> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;
    private readonly Task _draining;
    private string? _fatal;

    private KernelProcess(Process process, ILogger logger)
    {
        _process = process;
        _logger = logger;
        // A thread of its own blocks on the host's output: each message is routed the moment its line arrives, with no
        // hop through the thread pool per line (a `1+1` round trip is four lines).
        _reading = Task.Factory.StartNew(Read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _draining = Task.Run(DrainErrorsAsync);
    }

    public string? PythonVersion { get; private set; }

    public bool HasExited => _process.HasExited;

    /// <summary>The host's process id outside the sandbox (bubblewrap's, through setpriv and prlimit).</summary>
    public int ProcessId => _process.Id;

    public static async Task<KernelProcess> StartAsync(Sandbox sandbox, SessionFolder folder, bool toolsOnly, ILogger logger, CancellationToken ct)
    {
        var process = Process.Start(sandbox.HostProcess(folder, toolsOnly)) ?? throw new InvalidOperationException("The sandbox did not start.");
        var kernel = new KernelProcess(process, logger);
        if (toolsOnly) return kernel;
        try
        {
            var ready = await kernel._ready.Task.WaitAsync(TimeSpan.FromSeconds(60), ct);
            kernel.PythonVersion = ready["python"]?.GetValue<string>();
            return kernel;
        }
        catch (Exception e) when (e is TimeoutException or KernelStoppedException)
        {
            await kernel.DisposeAsync();
            throw new ProblemException(StatusCodes.Status503ServiceUnavailable, "Kernel did not start",
                $"The Python kernel did not start in its sandbox: {kernel._fatal ?? "it did not answer within 60 s"}.");
        }
    }

    /// <summary>Runs code; each output is handed to <paramref name="onOutput"/> as it comes. Cancelling interrupts the kernel.</summary>
    public async Task<ExecutionResult> ExecuteAsync(string runId, string code, Func<KernelOutput, Task> onOutput, CancellationToken ct)
    {
        var replies = Listen(runId);
        try
        {
            Send(new JsonObject { ["op"] = "execute", ["id"] = runId, ["code"] = code });
            await using var interrupt = ct.Register(() => Interrupt(runId));
            await foreach (var message in replies.Reader.ReadAllAsync(CancellationToken.None))
            {
                switch (message["type"]?.GetValue<string>())
                {
                    case "output":
                        await onOutput(new KernelOutput(message["msg_type"]!.GetValue<string>(), message["content"]!.AsObject()));
                        break;
                    case "done":
                        return new ExecutionResult(message["status"]!.GetValue<string>(), message["execution_count"]?.GetValue<int?>());
                    case "fatal":
                        throw new KernelStoppedException(message["message"]?.GetValue<string>() ?? "the kernel host failed");
                }
            }
            throw new KernelStoppedException(_fatal ?? "the kernel stopped");
        }
        finally
        {
            _waiting.TryRemove(runId, out _);
        }
    }

    /// <summary>Stops the run: SIGINT when it runs (the kernel's variables survive), not started at all when it waits.</summary>
    public void Interrupt(string runId) => Send(new JsonObject { ["op"] = "interrupt", ["id"] = runId });

    /// <summary>A tool or packages request answered by one message; its <c>result</c>, or a 400 with its error.</summary>
    public async Task<JsonNode?> AskAsync(JsonObject request, TimeSpan timeout, CancellationToken ct)
    {
        var id = Guid.NewGuid().ToString("N");
        request["id"] = id;
        var replies = Listen(id);
        try
        {
            Send(request);
            var answer = await replies.Reader.ReadAsync(ct).AsTask().WaitAsync(timeout, ct);
            if (answer["error"]?.GetValue<string>() is { } error)
                throw new ProblemException(StatusCodes.Status400BadRequest, "Python could not answer", error);
            return answer["result"]?.DeepClone();
        }
        catch (ChannelClosedException)
        {
            throw new KernelStoppedException(_fatal ?? "the sandbox stopped");
        }
        catch (TimeoutException)
        {
            throw new ProblemException(StatusCodes.Status504GatewayTimeout, "Python did not answer", $"No answer within {timeout.TotalSeconds:0} s.");
        }
        finally
        {
            _waiting.TryRemove(id, out _);
        }
    }

    private Channel<JsonObject> Listen(string id)
    {
        var channel = Channel.CreateUnbounded<JsonObject>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        _waiting[id] = channel;
        if (_process.HasExited) channel.Writer.TryComplete();
        return channel;
    }

    /// <summary>Writes one request line: short, and the host reads its input all the time, so the write does not wait.</summary>
    private void Send(JsonObject request)
    {
        try
        {
            lock (_writing)
            {
                _process.StandardInput.WriteLine(request.ToJsonString());
                _process.StandardInput.Flush();
            }
        }
        catch (IOException)
        {
            // The host has gone: its readers are ended by the output loop.
        }
    }

    private void Read()
    {
        try
        {
            while (_process.StandardOutput.ReadLine() is { } line)
            {
                JsonObject message;
                try
                {
                    message = JsonNode.Parse(line)!.AsObject();
                }
                catch (JsonException)
                {
                    continue;
                }
                var id = message["id"]?.GetValue<string>();
                var type = message["type"]?.GetValue<string>();
                if (type == "ready") _ready.TrySetResult(message);
                else if (type == "fatal" && id is null)
                {
                    _fatal = message["message"]?.GetValue<string>();
                    _logger.LogWarning("A notebook kernel host failed: {Message}", _fatal);
                }
                if (id is not null && _waiting.TryGetValue(id, out var channel)) channel.Writer.TryWrite(message);
            }
        }
        finally
        {
            _ready.TrySetException(new KernelStoppedException(_fatal ?? "the sandbox stopped"));
            foreach (var channel in _waiting.Values) channel.Writer.TryComplete();
        }
    }

    /// <summary>The kernel's own log (and whatever a cell's stray processes print there): read so it never blocks, kept short in the log.</summary>
    private async Task DrainErrorsAsync()
    {
        var logged = 0;
        while (await _process.StandardError.ReadLineAsync() is { } line)
            if (logged++ < 20 && !string.IsNullOrWhiteSpace(line)) _logger.LogDebug("Notebook kernel: {Line}", line);
    }

    public async ValueTask DisposeAsync()
    {
        Send(new JsonObject { ["op"] = "shutdown" });
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(3));
        }
        catch (TimeoutException)
        {
        }
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await Task.WhenAll(_reading, _draining).WaitAsync(TimeSpan.FromSeconds(3)).ContinueWith(_ => { }, TaskScheduler.Default);
        _process.Dispose();
    }
}

/// <summary>The sandboxed kernel went away (a limit reached, stopped): its session is over.</summary>
public sealed class KernelStoppedException(string reason) : Exception($"The kernel stopped: {reason}.");
