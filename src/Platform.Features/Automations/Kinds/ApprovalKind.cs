using Platform.Features.Common;

namespace Platform.Features.Automations.Kinds;

/// <summary><c>approval</c>: the run waits (blocked) at this step until someone resumes it.</summary>
public sealed class ApprovalKind : IJobKind
{
    public string Id => AutomationGraphCheck.ApprovalKind;
    public string Name => "Approval";
    public string Description => "Waits until someone who may run the automation resumes the run (POST …/runs/{runId}/resume).";

    public string InputSchema => """
        {
          "type": "object",
          "properties": { "message": { "type": "string", "maxLength": 2000, "description": "What the approver is asked." } },
          "additionalProperties": false
        }
        """;

    public Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct)
    {
        var message = context.Inputs.TryGetProperty("message", out var m) ? m.GetString() : null;
        return Task.FromResult(new JobStepOutcome(new { approved = true, message }));
    }
}
