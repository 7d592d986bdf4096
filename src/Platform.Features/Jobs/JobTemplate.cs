using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;

namespace Platform.Features.Jobs;

/// <summary>What a job is made from: a built-in kind (one step) or a workflow file (named steps with <c>needs</c>).</summary>
/// <param name="Inputs">JSON Schema of the inputs a job gives.</param>
/// <param name="Source"><c>builtin</c>, or the workflow's file name.</param>
public sealed record JobTemplate(string Id, string Name, string Description, JsonElement Inputs, IReadOnlyList<StepTemplate> Steps, string Source);

/// <param name="Inputs">The step's inputs, where <c>{{ inputs.x }}</c> stands for the job's input x; null passes the job's inputs as they are.</param>
/// <param name="Approval">The job waits, blocked, before this step until someone unblocks it.</param>
public sealed record StepTemplate(string Id, string Kind, IReadOnlyList<string> Needs, JsonNode? Inputs, bool Approval);

public sealed record InvalidTemplate(string File, IReadOnlyList<string> Errors);

/// <summary>The inputs a job or schedule gives its template: an object, or nothing.</summary>
public static class TemplateInputs
{
    public static IRuleBuilderOptions<T, JsonElement?> IsObjectOrAbsent<T>(this IRuleBuilder<T, JsonElement?> rule) =>
        rule.Must(i => i is null || i.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined).WithMessage("'inputs' must be an object.");

    /// <summary>The given object (copied, to outlive the request), or an empty one.</summary>
    public static JsonElement OrEmpty(JsonElement? inputs) =>
        inputs is { ValueKind: JsonValueKind.Object } given ? given.Clone() : JsonSerializer.SerializeToElement(new { });
}
