using System.Text.Json;
using FluentValidation;
using NJsonSchema;

namespace Platform.Features.Automations;

/// <summary>What creating and changing an automation check alike.</summary>
public static class AutomationRules
{
    public const int MaxTriggers = 10;

    public static IRuleBuilderOptions<T, string?> IsAutomationName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(n => n is null || n.Trim().Length > 0).WithMessage("'name' must not be blank.").MaximumLength(200);

    /// <summary>Absent, or a JSON Schema of type object.</summary>
    public static IRuleBuilderOptions<T, JsonElement?> IsInputsSchema<T>(this IRuleBuilder<T, JsonElement?> rule) =>
        rule.Must(schema =>
        {
            if (schema is null || schema.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return true;
            if (schema.Value.ValueKind != JsonValueKind.Object || !schema.Value.TryGetProperty("type", out var type) || type.GetString() != "object") return false;
            try
            {
                _ = JsonSchema.FromJsonAsync(schema.Value.GetRawText()).GetAwaiter().GetResult();
                return true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return false;
            }
        }).WithMessage("'inputs' must be a JSON Schema of type object.");

    public static void Triggers<T>(IRuleBuilder<T, IReadOnlyList<AutomationTrigger>?> rule) =>
        rule.Must(t => t is null || t.Count <= MaxTriggers).WithMessage($"At most {MaxTriggers} triggers.")
            .Must(t => t is null || t.Count(x => x?.Type == AutomationTriggerType.Webhook) <= 1).WithMessage("At most one webhook trigger.")
            .ForEach(trigger => trigger.NotNull().ChildRules(t =>
            {
                t.RuleFor(x => x.Type).Must(type => AutomationTriggerType.All.Contains(type))
                    .WithMessage($"'type' must be one of: {string.Join(", ", AutomationTriggerType.All)}.");
                t.RuleFor(x => x.IdempotencyPath).MaximumLength(200).Matches(@"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+|\[\d+\])*$")
                    .WithMessage("'idempotencyPath' must be a path into the body such as event.id.");
                t.RuleFor(x => x).Must(x => x.Type == AutomationTriggerType.Webhook || (x.RequireSignature is null && x.IdempotencyPath is null))
                    .WithMessage("'requireSignature' and 'idempotencyPath' belong to a webhook trigger.").OverridePropertyName("type");
                t.RuleFor(x => x).Must(x => x.Type == AutomationTriggerType.Schedule || (x.Cron is null && x.Timezone is null && x.Inputs is null))
                    .WithMessage("'cron', 'timezone' and 'inputs' belong to a schedule trigger.").OverridePropertyName("type");
                t.RuleFor(x => x).Must(x => x.Type == AutomationTriggerType.Event || (x.Event is null && x.Pattern is null))
                    .WithMessage("'event' and 'pattern' belong to an event trigger.").OverridePropertyName("type");
                t.When(x => x.Type == AutomationTriggerType.Schedule, () =>
                {
                    t.RuleFor(x => x.Cron).NotEmpty().MaximumLength(200);
                    t.RuleFor(x => x.Timezone).MaximumLength(100);
                    t.RuleFor(x => x).Custom((x, context) =>
                    {
                        if (string.IsNullOrWhiteSpace(x.Cron)) return;
                        try
                        {
                            if (Jobs.ScheduleCron.Parse(x.Cron, x.Timezone ?? "UTC").Next(DateTimeOffset.UtcNow) is null)
                                context.AddFailure("cron", "The rule has no future occurrence.");
                        }
                        catch (ValidationException e)
                        {
                            foreach (var failure in e.Errors) context.AddFailure(failure.PropertyName, failure.ErrorMessage);
                        }
                    });
                    t.RuleFor(x => x.Inputs).Must(i => i is null || i.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null).WithMessage("'inputs' must be an object.");
                });
                t.When(x => x.Type == AutomationTriggerType.Event, () =>
                {
                    t.RuleFor(x => x.Event).NotEmpty().Must(e => Common.PlatformEvents.Types.Contains(e))
                        .WithMessage($"'event' must be one of: {string.Join(", ", Common.PlatformEvents.Types)}.");
                    t.RuleFor(x => x.Pattern).MaximumLength(200).Must(IsRegex).WithMessage("'pattern' must be a regular expression.")
                        .Must((x, pattern) => pattern is null || x.Event == Common.PlatformEvents.RoomMessage).WithMessage("'pattern' belongs to room.message events.");
                });
            }));

    private static bool IsRegex(string? pattern)
    {
        if (pattern is null) return true;
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The graph's problems as validation failures under <c>graph…</c>.</summary>
    public static void Graph<T>(IRuleBuilder<T, AutomationGraph?> rule, AutomationGraphCheck check, Func<T, JsonElement?> inputs) =>
        rule.Custom((graph, context) =>
        {
            if (graph is null) return;
            if (graph.Nodes is null || graph.Edges is null)
            {
                context.AddFailure("graph", "'graph' needs 'nodes' and 'edges' (which may be empty).");
                return;
            }
            if (graph.Nodes.Any(n => n is null) || graph.Edges.Any(e => e is null))
            {
                context.AddFailure("graph", "Nodes and edges must be objects.");
                return;
            }
            foreach (var problem in check.Problems(graph, inputs(context.InstanceToValidate)))
                context.AddFailure(AutomationGraphCheck.PathOf(problem), problem.Message);
        });
}
