using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Features.Jobs;

/// <summary>What a job is made from: a built-in kind (one step) or a workflow file (named steps with <c>needs</c>).</summary>
/// <param name="Inputs">JSON Schema of the inputs a job gives.</param>
/// <param name="Source"><c>builtin</c>, or the workflow's file name.</param>
public sealed record JobTemplate(string Id, string Name, string Description, JsonElement Inputs, IReadOnlyList<StepTemplate> Steps, string Source);

/// <param name="Inputs">The step's inputs, where <c>{{ inputs.x }}</c> stands for the job's input x; null passes the job's inputs as they are.</param>
/// <param name="Approval">The job waits, blocked, before this step until someone unblocks it.</param>
public sealed record StepTemplate(string Id, string Kind, IReadOnlyList<string> Needs, JsonNode? Inputs, bool Approval);

public sealed record InvalidTemplate(string File, IReadOnlyList<string> Errors);
