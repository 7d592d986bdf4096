using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NCalc;
using Platform.Features.Jobs;

namespace Platform.Features.Automations;

/// <summary>
/// A condition's expression, read and evaluated by NCalc (an interpreter: nothing is compiled, and it reaches only
/// the values it is given). Values are named in brackets: <c>[steps.fetch.output.status] == 200 &amp;&amp; [inputs.amount] &gt; 10</c>.
/// Besides NCalc's functions: contains, startsWith, endsWith, lower, upper, length.
/// </summary>
public static class ConditionExpression
{
    public const int MaxLength = 2000;

    public static Expression Parse(string text)
    {
        var expression = new Expression(text, CultureInfo.InvariantCulture);
        expression.Functions["contains"] = args => Text(args.Evaluate(0)).Contains(Text(args.Evaluate(1)), StringComparison.Ordinal);
        expression.Functions["startsWith"] = args => Text(args.Evaluate(0)).StartsWith(Text(args.Evaluate(1)), StringComparison.Ordinal);
        expression.Functions["endsWith"] = args => Text(args.Evaluate(0)).EndsWith(Text(args.Evaluate(1)), StringComparison.Ordinal);
        expression.Functions["lower"] = args => Text(args.Evaluate(0)).ToLowerInvariant();
        expression.Functions["upper"] = args => Text(args.Evaluate(0)).ToUpperInvariant();
        expression.Functions["length"] = args => Text(args.Evaluate(0)).Length;
        return expression;
    }

    /// <summary>Why the text is not an expression, or null.</summary>
    public static string? SyntaxProblem(string text)
    {
        if (text.Length > MaxLength) return $"The expression may be at most {MaxLength} characters.";
        var expression = Parse(text);
        return expression.HasErrors() ? $"Not a valid expression: {expression.Error?.Message}" : null;
    }

    /// <summary>The values the expression names, as paths (<c>steps.fetch.output.status</c>).</summary>
    public static IReadOnlyList<string> Names(string text) => Parse(text).GetParameterNames();

    /// <summary>The expression's value with its names filled from <paramref name="data"/> (a missing value is null).</summary>
    public static object? Evaluate(string text, JsonObject data)
    {
        var expression = Parse(text);
        foreach (var name in expression.GetParameterNames())
            expression.Parameters[name] = ValueOf(JobPlaceholders.Resolve(data, name));
        return expression.Evaluate();
    }

    private static object? ValueOf(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.TryGetValue(out long l) ? l : v.GetValue<double>(),
        _ => node.ToJsonString(),
    };

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
