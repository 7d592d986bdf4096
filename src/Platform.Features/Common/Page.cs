using FluentValidation;

namespace Platform.Features.Common;

/// <summary>One page of a list: <c>{ items, total }</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total);

/// <summary>A list request with a page size; <see cref="ValidationBehavior{TMessage,TResponse}"/> checks it (1 to 100) for every list.</summary>
public interface ILimitedRequest
{
    int Limit { get; }
}

/// <summary>A list request paged by offset and limit.</summary>
public interface IPagedRequest : ILimitedRequest
{
    int Offset { get; }
}

public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;

    /// <summary>The paging rules, for any list request.</summary>
    public sealed class Validator : AbstractValidator<ILimitedRequest>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).InclusiveBetween(1, MaxLimit);
            RuleFor(x => (x as IPagedRequest)!.Offset).GreaterThanOrEqualTo(0).When(x => x is IPagedRequest).OverridePropertyName("offset");
        }
    }
}
