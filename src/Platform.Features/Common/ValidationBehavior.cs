using FluentValidation;
using Mediator;

namespace Platform.Features.Common;

/// <summary>
/// Runs every FluentValidation validator of a message before its handler, and the paging rules of a list request;
/// failures become a 400 with field errors.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly Paging.Validator PagingRules = new();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct) =>
        // Most messages have nothing to check: they go straight on, without a state machine or a list a request.
        message is not ILimitedRequest && validators is IReadOnlyCollection<IValidator<TMessage>> { Count: 0 }
            ? next(message, ct)
            : ValidatedAsync(message, next, ct);

    private async ValueTask<TResponse> ValidatedAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        if (message is ILimitedRequest list) failures.AddRange((await PagingRules.ValidateAsync(list, ct)).Errors);
        foreach (var validator in validators)
            failures.AddRange((await validator.ValidateAsync(message, ct)).Errors);
        if (failures.Count > 0) throw new ValidationException(failures);
        return await next(message, ct);
    }
}
