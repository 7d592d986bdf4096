using System.Text.Json;

namespace Platform.Features.Common;

/// <summary>
/// A kind of work a job step does (<c>query.run</c>, <c>dashboard.refresh</c>, …), contributed by the area that owns
/// the work: every implementation in this assembly is a built-in template. It runs in a scope acting as the job's
/// owner, so the area's own access checks apply. A step whose worker died is run again: kinds are idempotent.
/// </summary>
public interface IJobKind
{
    /// <summary>Dotted: the area, then the verb.</summary>
    string Id { get; }
    string Name { get; }
    string Description { get; }

    /// <summary>JSON Schema (an object schema) the step's inputs are checked against before the job is created.</summary>
    string InputSchema { get; }

    Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct);
}

/// <param name="Inputs">The step's inputs, already checked against the kind's schema.</param>
/// <param name="Feedback">What the owner said when asking for the job to be done again, if anything.</param>
/// <param name="Log">Adds a line to the job's log (streamed live).</param>
/// <param name="Data">What placeholders see: <c>{ "inputs": the job's inputs, "steps": { id: { "output", "status" } } }</c> of the steps finished so far.</param>
public sealed record JobStepContext(Guid JobId, Guid OwnerId, string StepId, JsonElement Inputs, string? Feedback, Action<string> Log, JsonElement Data = default);

/// <param name="Output">What the job shows as the step's result (kept small: the first rows, counts, ids).</param>
/// <param name="Artifact">A table kept in full as the job's download (CSV or JSON).</param>
public sealed record JobStepOutcome(object Output, JobTable? Artifact = null);

public sealed record JobTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
