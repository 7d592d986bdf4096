using System.Text.Json.Nodes;
using Platform.Features.Common;

namespace Platform.Features.Notebooks.Kernels;

/// <summary>Whether Python really runs in the sandbox here, and which Python and packages it has: asked of a sandbox, kept a minute.</summary>
public sealed class RuntimeCheck(Sandbox sandbox, KernelSessions kernels, TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);
    private static readonly string[] Expected = ["ipykernel", "jupyter_client", "jedi", "pyflakes", "pandas", "numpy", "scikit-learn", "matplotlib"];
    private readonly SemaphoreSlim _checking = new(1, 1);
    private (DateTimeOffset At, RuntimeState State)? _last;

    public async Task<RuntimeState> StateAsync(CancellationToken ct)
    {
        if (_last is { } last && clock.GetUtcNow() - last.At < KeepFor) return last.State;
        await _checking.WaitAsync(ct);
        try
        {
            if (_last is { } again && clock.GetUtcNow() - again.At < KeepFor) return again.State;
            var state = await ProbeAsync(ct);
            _last = (clock.GetUtcNow(), state);
            return state;
        }
        finally
        {
            _checking.Release();
        }
    }

    private async Task<RuntimeState> ProbeAsync(CancellationToken ct)
    {
        var problems = sandbox.Missing().ToList();
        if (problems.Count > 0) return new RuntimeState(false, problems, null, []);
        try
        {
            var answer = await kernels.WithToolsAsync(tools => tools.AskAsync(new JsonObject { ["op"] = "packages" }, TimeSpan.FromSeconds(30), ct), ct);
            var packages = PythonPackage.ListOf(answer);
            var names = packages.Select(p => p.Name.ToLowerInvariant().Replace('_', '-')).ToHashSet();
            problems.AddRange(Expected.Where(e => !names.Contains(e.Replace('_', '-'))).Select(e => $"The Python package {e} is missing (Debian: python3-{e.Replace("scikit-learn", "sklearn").Replace('_', '-')})."));
            return new RuntimeState(problems.Count == 0, problems, answer?["python"]?.GetValue<string>(), packages);
        }
        catch (Exception e) when (e is ProblemException or KernelStoppedException or System.ComponentModel.Win32Exception or IOException)
        {
            return new RuntimeState(false, [$"Python did not run in the sandbox: {(e is ProblemException p ? p.Detail : e.Message)}"], null, []);
        }
    }
}

public sealed record PythonPackage(string Name, string Version)
{
    /// <summary>The packages of the host's <c>packages</c> answer.</summary>
    public static List<PythonPackage> ListOf(JsonNode? answer) =>
        answer?["packages"]?.AsArray().Select(p => new PythonPackage(p!["name"]!.GetValue<string>(), p["version"]!.GetValue<string>())).ToList() ?? [];
}

/// <param name="Available">Python runs in the sandbox with every package notebooks rely on.</param>
public sealed record RuntimeState(bool Available, IReadOnlyList<string> Problems, string? Python, IReadOnlyList<PythonPackage> Packages);
