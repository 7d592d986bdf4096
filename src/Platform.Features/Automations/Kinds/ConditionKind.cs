using System.Text.Json;
using System.Text.Json.Nodes;
using NCalc.Exceptions;
using Platform.Features.Common;

namespace Platform.Features.Automations.Kinds;

/// <summary>
/// <c>condition</c>: an expression over the run's inputs and earlier steps' outputs; the steps after it run on the
/// branch its result chooses (an edge's <c>when</c>, true by default).
/// </summary>
public sealed class ConditionKind : IJobKind
{
    public string Id => AutomationGraphCheck.ConditionKind;
    public string Name => "Condition";
    public string Description => "Evaluates an expression such as [steps.fetch.output.status] == 200 && [inputs.amount] > 10; outputs its result (true or false).";

    public string InputSchema => $$"""
        {
          "type": "object",
          "properties": {
            "expression": { "type": "string", "minLength": 1, "maxLength": {{ConditionExpression.MaxLength}},
              "description": "NCalc syntax; values named in brackets: [inputs.x], [steps.id.output.x], [steps.id.status]." }
          },
          "required": ["expression"],
          "additionalProperties": false
        }
        """;

    public Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct)
    {
        var expression = context.Inputs.GetProperty("expression").GetString()!;
        var data = JsonNode.Parse(context.Data.GetRawText()) as JsonObject ?? [];
        object? value;
        try
        {
            value = ConditionExpression.Evaluate(expression, data);
        }
        catch (Exception e) when (e is NCalcException or ArgumentException or InvalidCastException or FormatException or OverflowException)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "The condition could not be evaluated", $"{expression}: {e.Message}");
        }
        if (value is not bool result)
            throw new ProblemException(StatusCodes.Status400BadRequest, "The condition is not true or false",
                $"{expression} gave {JsonSerializer.Serialize(value)}, not true or false.");
        context.Log($"{expression} → {(result ? "true" : "false")}.");
        return Task.FromResult(new JobStepOutcome(new { result, expression }));
    }
}
