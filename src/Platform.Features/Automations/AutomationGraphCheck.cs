using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Platform.Features.Jobs;

namespace Platform.Features.Automations;

/// <param name="NodeId">The node it concerns, if one.</param>
/// <param name="Edge">The edge it concerns (its index in <c>edges</c>), if one.</param>
public sealed record GraphProblem(string? NodeId, int? Edge, string Message);

/// <summary>
/// Everything wrong with a graph, at once: unknown kinds, inputs a kind refuses or lacks, edges naming no node,
/// cycles, steps no path reaches, placeholders naming nothing. And the graph as job steps, once it has no problems.
/// </summary>
public sealed partial class AutomationGraphCheck(JobTemplates templates)
{
    public const int MaxNodes = 100;
    public const string ConditionKind = "condition";
    public const string ApprovalKind = "approval";

    public IReadOnlyList<GraphProblem> Problems(AutomationGraph graph, JsonElement? inputsSchema)
    {
        var problems = new List<GraphProblem>();
        var kinds = templates.Kinds.ToDictionary(k => k.Id);
        if (graph.Nodes.Count == 0) problems.Add(new(null, null, "The graph needs at least one node."));
        if (graph.Nodes.Count > MaxNodes) problems.Add(new(null, null, $"The graph may have at most {MaxNodes} nodes."));
        var inputNames = inputsSchema is { ValueKind: JsonValueKind.Object } schema && schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(p => p.Name).ToHashSet()
            : null;

        var ids = new HashSet<string>();
        foreach (var node in graph.Nodes)
        {
            if (!NodeId().IsMatch(node.Id ?? "")) problems.Add(new(node.Id, null, "A node's id must be lowercase letters, digits, '-' and '_' (at most 64)."));
            else if (!ids.Add(node.Id!)) problems.Add(new(node.Id, null, $"The id '{node.Id}' is used by more than one node."));
            if (!kinds.TryGetValue(node.Kind ?? "", out var kind))
            {
                problems.Add(new(node.Id, null, $"Unknown kind '{node.Kind}' (known: {string.Join(", ", kinds.Keys.Order(StringComparer.Ordinal))})."));
                continue;
            }
            if (node.Inputs is { } given && given.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined))
            {
                problems.Add(new(node.Id, null, "'inputs' must be an object."));
                continue;
            }
            var inputs = InputsOf(node);
            var holdsPlaceholders = JobPlaceholders.In(JsonNode.Parse(inputs.GetRawText())).Any();
            var refused = holdsPlaceholders ? MissingRequired(kind.Schema, inputs) : templates.CheckStepInputs(kind.Id, inputs, "inputs").Select(f => $"{f.PropertyName}: {f.ErrorMessage}");
            problems.AddRange(refused.Select(r => new GraphProblem(node.Id, null, r)));
            foreach (var used in JobPlaceholders.In(JsonNode.Parse(inputs.GetRawText())).Where(p => p.Root == JobPlaceholders.Inputs && inputNames is not null && !inputNames.Contains(p.Segments[0])))
                problems.Add(new(node.Id, null, $"'{used.Text}' names no property of the automation's inputs."));
            if (kind.Id == ConditionKind && inputs.TryGetProperty("expression", out var expression) && expression.ValueKind == JsonValueKind.String
                && ConditionExpression.SyntaxProblem(expression.GetString()!) is { } syntax)
                problems.Add(new(node.Id, null, syntax));
        }

        var edges = graph.Edges.Select((e, i) => (Edge: e, Index: i)).ToList();
        var seen = new HashSet<(string, string)>();
        foreach (var (edge, index) in edges)
        {
            if (!ids.Contains(edge.From ?? "")) problems.Add(new(null, index, $"The edge's 'from' ('{edge.From}') names no node."));
            if (!ids.Contains(edge.To ?? "")) problems.Add(new(null, index, $"The edge's 'to' ('{edge.To}') names no node."));
            if (edge.From == edge.To) problems.Add(new(null, index, "An edge cannot lead from a node to itself."));
            if (!seen.Add((edge.From ?? "", edge.To ?? ""))) problems.Add(new(null, index, $"The edge from '{edge.From}' to '{edge.To}' is given twice."));
            if (edge.When is not null && graph.Nodes.FirstOrDefault(n => n.Id == edge.From)?.Kind != ConditionKind)
                problems.Add(new(null, index, "Only an edge from a condition may say 'when'."));
        }
        if (problems.Count > 0) return problems;

        var steps = StepTemplates(graph);
        if (JobGraph.TryOrder(steps, s => s.Id, s => s.Needs) is null)
        {
            var stuck = Unordered(steps);
            foreach (var id in stuck.Where(id => JobGraph.Ancestors(steps, id, s => s.Id, s => s.Needs).Contains(id)))
                problems.Add(new(id, null, "The node is on a cycle: a path of edges leads from it back to itself."));
            foreach (var id in stuck.Where(id => !JobGraph.Ancestors(steps, id, s => s.Id, s => s.Needs).Contains(id)))
                problems.Add(new(id, null, "The node is unreachable: every path to it passes through a cycle."));
            return problems;
        }
        if (graph.Nodes.Count > 1)
            foreach (var node in graph.Nodes.Where(n => graph.Edges.All(e => e.From != n.Id && e.To != n.Id)))
                problems.Add(new(node.Id, null, "The node is unreachable: no edge leads to it or from it."));
        foreach (var step in steps)
            problems.AddRange(JobTemplates.UnknownStepPlaceholders(step.Id, step.Inputs, JobGraph.Ancestors(steps, step.Id, s => s.Id, s => s.Needs))
                .Select(p => new GraphProblem(step.Id, null, p)));
        foreach (var node in graph.Nodes.Where(n => n.Kind == ConditionKind))
        {
            var before = JobGraph.Ancestors(steps, node.Id, s => s.Id, s => s.Needs);
            var expression = InputsOf(node).GetProperty("expression").GetString()!;
            foreach (var name in ConditionExpression.Names(expression))
            {
                var root = name.Split('.', 2)[0];
                var problem = root switch
                {
                    JobPlaceholders.Inputs when inputNames is not null && !inputNames.Contains(name.Split('.').ElementAtOrDefault(1) ?? "") => "names no property of the automation's inputs",
                    JobPlaceholders.Inputs => null,
                    JobPlaceholders.Steps when !before.Contains(name.Split('.').ElementAtOrDefault(1) ?? "") => "names no step that runs before this one",
                    JobPlaceholders.Steps => null,
                    _ => "must begin with inputs. or steps.",
                };
                if (problem is not null) problems.Add(new(node.Id, null, $"[{name}] {problem}."));
            }
        }
        return problems;
    }

    /// <exception cref="ValidationException">The graph's problems, under <c>graph.nodes.{id}</c>, <c>graph.edges[i]</c> or <c>graph</c>.</exception>
    public void Require(AutomationGraph graph, JsonElement? inputsSchema)
    {
        var problems = Problems(graph, inputsSchema);
        if (problems.Count > 0) throw new ValidationException(problems.Select(p => new ValidationFailure(PathOf(p), p.Message)));
    }

    public static string PathOf(GraphProblem problem) =>
        problem.NodeId is { } node ? $"graph.nodes.{node}" : problem.Edge is { } edge ? $"graph.edges[{edge}]" : "graph";

    /// <summary>The graph as a template's steps: a node needs every node with an edge to it; approval nodes wait to be resumed.</summary>
    public static List<StepTemplate> StepTemplates(AutomationGraph graph) =>
        graph.Nodes.Select(n => new StepTemplate(n.Id, n.Kind, graph.Edges.Where(e => e.To == n.Id).Select(e => e.From).Distinct().ToList(),
            JsonNode.Parse(InputsOf(n).GetRawText()), n.Kind == ApprovalKind)).ToList();

    /// <summary>The job steps of a run, with the branches its condition edges choose.</summary>
    public List<JobStep> StepsFor(Automation automation, AutomationGraph graph, JsonElement? inputsSchema, JsonElement inputs)
    {
        var template = new JobTemplate(automation.TemplateId, automation.Name, automation.Description,
            inputsSchema ?? JsonSerializer.SerializeToElement(new { type = "object" }), StepTemplates(graph), "automation");
        var steps = templates.StepsFor(template, inputs);
        foreach (var step in steps)
            if (graph.Edges.Where(e => e.To == step.Id && e.When is not null).ToList() is { Count: > 0 } branches)
                step.When = branches.ToDictionary(e => e.From, e => e.When!.Value);
        return steps;
    }

    private static JsonElement InputsOf(AutomationNode node) =>
        node.Inputs is { ValueKind: JsonValueKind.Object } inputs ? inputs : JsonSerializer.SerializeToElement(new { });

    private static IEnumerable<string> MissingRequired(JsonElement schema, JsonElement inputs) =>
        schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array
            ? required.EnumerateArray().Select(r => r.GetString()!).Where(r => !inputs.TryGetProperty(r, out _)).Select(r => $"inputs: '{r}' is required.")
            : [];

    private static List<string> Unordered(IReadOnlyList<StepTemplate> steps)
    {
        var placed = new HashSet<string>();
        bool progress;
        do
        {
            progress = false;
            foreach (var step in steps.Where(s => !placed.Contains(s.Id) && s.Needs.All(placed.Contains)))
                progress |= placed.Add(step.Id);
        } while (progress);
        return steps.Where(s => !placed.Contains(s.Id)).Select(s => s.Id).ToList();
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex NodeId();
}
