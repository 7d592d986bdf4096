using System.Text.Json;
using FluentValidation;
using Mediator;

namespace Platform.Features.Automations;

/// <param name="Inputs">The inputs schema it would run with, to check <c>{{ inputs.x }}</c> against.</param>
public sealed record ValidateAutomationGraph(AutomationGraph Graph, JsonElement? Inputs) : IRequest<GraphValidation>;

/// <param name="Valid">No problems.</param>
/// <param name="Problems">Every problem, each with the node or the edge (its index) it concerns.</param>
public sealed record GraphValidation(bool Valid, IReadOnlyList<GraphProblem> Problems);

public sealed class ValidateAutomationGraphValidator : AbstractValidator<ValidateAutomationGraph>
{
    public ValidateAutomationGraphValidator()
    {
        RuleFor(x => x.Graph).NotNull();
        RuleFor(x => x.Graph.Nodes).NotNull().OverridePropertyName("graph.nodes").When(x => x.Graph is not null);
        RuleFor(x => x.Graph.Edges).NotNull().OverridePropertyName("graph.edges").When(x => x.Graph is not null);
        RuleForEach(x => x.Graph.Nodes).NotNull().OverridePropertyName("graph.nodes").When(x => x.Graph?.Nodes is not null);
        RuleForEach(x => x.Graph.Edges).NotNull().OverridePropertyName("graph.edges").When(x => x.Graph?.Edges is not null);
        RuleFor(x => x.Inputs).IsInputsSchema();
    }
}

/// <summary>Checks a draft graph without saving it.</summary>
public sealed class ValidateAutomationGraphHandler(AutomationGraphCheck check) : IRequestHandler<ValidateAutomationGraph, GraphValidation>
{
    public ValueTask<GraphValidation> Handle(ValidateAutomationGraph request, CancellationToken ct)
    {
        var problems = check.Problems(request.Graph, request.Inputs);
        return ValueTask.FromResult(new GraphValidation(problems.Count == 0, problems));
    }
}
