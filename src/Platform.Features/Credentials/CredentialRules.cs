using FluentValidation;
using Platform.Features.Common;

namespace Platform.Features.Credentials;

/// <summary>The rules a credential's fields follow, on create and on change.</summary>
public static class CredentialRules
{
    public static void Name<T>(IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(100).Must(n => n is null || n.Trim().Length > 0).WithMessage("'name' must not be blank.");

    /// <summary>An http(s) URL that is not an internal address (unless an operator allowed its host).</summary>
    public static void BaseUrl<T>(IRuleBuilder<T, string?> rule, OutboundHttp outbound) =>
        rule.MaximumLength(500).Custom((url, context) =>
        {
            if (url is not null && outbound.Refusal(url) is { } refusal) context.AddFailure($"'baseUrl' cannot be used: {refusal}.");
        });

    public static void ApiKey<T>(IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(1000).Must(k => k is null || (k.Trim().Length > 0 && !k.Any(char.IsControl))).WithMessage("'apiKey' must not be blank or hold control characters.");

    public static void Model<T>(IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(200).Must(m => m is null || m.Trim().Length > 0).WithMessage("'defaultModel' must not be blank.");
}
