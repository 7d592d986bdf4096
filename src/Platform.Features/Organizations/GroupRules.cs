using FluentValidation;

namespace Platform.Features.Organizations;

/// <summary>What a group's name and description may be, for creating and changing one.</summary>
public static class GroupRules
{
    public static IRuleBuilderOptions<T, string?> GroupName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(100).Must(n => n is null || n.Trim().Length > 0).WithMessage("'name' must not be blank.");

    public static void RequireUniqueName(this Organization organization, string name, Guid? except = null)
    {
        if (organization.Groups.Any(g => g.Id != except && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw Common.ProblemException.Conflict($"The organisation has a group named '{name}' already.");
    }
}
