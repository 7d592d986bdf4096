using FluentValidation;

namespace Platform.Features.Common;

/// <summary>One page of a list: <c>{ items, total }</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total);

public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;

    public static void ValidOffset<T>(this IRuleBuilder<T, int> rule) => rule.GreaterThanOrEqualTo(0);

    public static void ValidLimit<T>(this IRuleBuilder<T, int> rule) => rule.InclusiveBetween(1, MaxLimit);
}
