using Platform.Features.Common;

namespace Platform.Features.Jobs;

/// <summary><c>wait</c>: a pause between steps of a workflow (let a load settle, space out calls), logged each second.</summary>
public sealed class WaitKind(TimeProvider clock) : IJobKind
{
    public string Id => "wait";
    public string Name => "Wait";
    public string Description => "Waits the given number of seconds (up to an hour), then finishes.";

    public string InputSchema => """
        {
          "type": "object",
          "properties": { "seconds": { "type": "number", "minimum": 0, "maximum": 3600, "description": "How long to wait." } },
          "required": ["seconds"],
          "additionalProperties": false
        }
        """;

    public async Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct)
    {
        var total = TimeSpan.FromSeconds(context.Inputs.GetProperty("seconds").GetDouble());
        var until = clock.GetUtcNow() + total;
        context.Log($"Waiting {total.TotalSeconds:0.###} s.");
        while (until - clock.GetUtcNow() is { Ticks: > 0 } left)
        {
            await Task.Delay(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1), clock, ct);
            context.Log($"{Math.Max(0, (until - clock.GetUtcNow()).TotalSeconds):0} s left.");
        }
        return new JobStepOutcome(new { waitedSeconds = total.TotalSeconds });
    }
}
