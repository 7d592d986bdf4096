using FluentValidation;
using FluentValidation.Results;

namespace Platform.Features.Assistant;

/// <summary>The rules an agent's settings keep, on creation and on change.</summary>
public static class AgentRules
{
    public const int MostTools = 50;

    public static void Settings<T>(AbstractValidator<T> validator, Func<T, string?> name, Func<T, string?> description, Func<T, string?> instructions, Func<T, string?> model,
        Func<T, IReadOnlyList<string>?> tools, Func<T, IReadOnlyList<string>?> approvals, Func<T, IReadOnlyList<Guid>?> datasets)
    {
        validator.RuleFor(x => name(x)).MaximumLength(200).Must(n => n is null || n.Trim().Length > 0).WithMessage("'Name' must not be blank.").OverridePropertyName("name");
        validator.RuleFor(x => description(x)).MaximumLength(2000).OverridePropertyName("description");
        validator.RuleFor(x => instructions(x)).MaximumLength(20_000).OverridePropertyName("instructions");
        validator.RuleFor(x => model(x)).MaximumLength(200).OverridePropertyName("model");
        validator.RuleFor(x => tools(x)).Must(t => t is null || t.Count <= MostTools).WithMessage($"At most {MostTools} tools.").OverridePropertyName("tools");
        validator.RuleFor(x => approvals(x)).Must(t => t is null || t.Count <= MostTools).WithMessage($"At most {MostTools} tools.").OverridePropertyName("approvalRequired");
        validator.RuleFor(x => datasets(x)).Must(d => d is null || d.Count <= SendChatValidator.MostDatasets)
            .WithMessage($"At most {SendChatValidator.MostDatasets} datasets.").OverridePropertyName("datasetIds");
    }

    /// <summary>Every tool named is one of the catalogue's (checked in the handler: the catalogue lives per request).</summary>
    public static void RequireKnown(IEnumerable<IAssistantTool> catalogue, IReadOnlyList<string>? tools, IReadOnlyList<string>? approvals)
    {
        var known = catalogue.Select(t => t.Name).ToHashSet();
        var failures = new[] { ("tools", tools), ("approvalRequired", approvals) }
            .SelectMany(f => (f.Item2 ?? []).Where(t => !known.Contains(t)).Select(t => new ValidationFailure(f.Item1, $"'{t}' is not a tool: the tools are {string.Join(", ", known.Order())}.")))
            .ToList();
        if (failures.Count > 0) throw new ValidationException(failures);
    }
}
