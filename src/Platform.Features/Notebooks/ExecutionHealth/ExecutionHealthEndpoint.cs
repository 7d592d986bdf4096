using Carter;
using Platform.Features.Notebooks.Kernels;

namespace Platform.Features.Notebooks;

/// <param name="Status">ok, or unavailable with the problems found.</param>
/// <param name="KernelsRunning">Kernels running on this instance.</param>
public sealed record ExecutionHealthResponse(string Status, IReadOnlyList<string> Problems, string? Python, string Sandbox, int KernelsRunning, int KernelsBusy);

public sealed class ExecutionHealthEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/execute/health", async (RuntimeCheck check, KernelSessions kernels, CancellationToken ct) =>
            {
                var state = await check.StateAsync(ct);
                var running = kernels.Running.ToList();
                return TypedResults.Ok(new ExecutionHealthResponse(state.Available ? "ok" : "unavailable", state.Problems, state.Python, "bubblewrap",
                    running.Count, running.Count(s => s.State == "busy")));
            })
            .WithName("ExecutionHealth").WithTags("Execution")
            .WithSummary("Whether Python runs in the sandbox here (checked in a sandbox, kept a minute), and the kernels running.");
}
