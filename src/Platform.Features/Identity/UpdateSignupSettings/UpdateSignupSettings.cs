using FluentValidation;
using Marten;
using Mediator;

namespace Platform.Features.Identity;

public sealed record UpdateSignupSettings(SignupMode Mode, IReadOnlyList<string>? AllowedDomains) : IRequest<SignupSettingsResponse>;

public sealed class UpdateSignupSettingsValidator : AbstractValidator<UpdateSignupSettings>
{
    public UpdateSignupSettingsValidator()
    {
        RuleFor(x => x.Mode).IsInEnum();
        RuleFor(x => x.AllowedDomains).Must(d => d is null || d.Count <= 100).WithMessage("'allowedDomains' may list at most 100 domains.");
        RuleForEach(x => x.AllowedDomains).NotEmpty().MaximumLength(253)
            .Matches(@"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))+$").WithMessage("Each allowed domain must be a domain name such as example.com.");
    }
}

/// <summary>Sets who may create an account by themselves (administrators).</summary>
public sealed class UpdateSignupSettingsHandler(IDocumentSession session, TimeProvider clock) : IRequestHandler<UpdateSignupSettings, SignupSettingsResponse>
{
    public async ValueTask<SignupSettingsResponse> Handle(UpdateSignupSettings request, CancellationToken ct)
    {
        var settings = new SignupSettings
        {
            Mode = request.Mode, UpdatedAt = clock.GetUtcNow(),
            AllowedDomains = (request.AllowedDomains ?? []).Select(d => d.Trim().ToLowerInvariant()).Distinct().ToList(),
        };
        session.Store(settings);
        await session.SaveChangesAsync(ct);
        return SignupSettingsResponse.From(settings);
    }
}
