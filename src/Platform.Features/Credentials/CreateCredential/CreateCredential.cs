using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Credentials;

/// <param name="Provider">openai: any endpoint speaking the OpenAI API.</param>
/// <param name="BaseUrl">The API's base URL; https://api.openai.com/v1 unless given.</param>
/// <param name="ApiKey">The provider's key; stored encrypted and never shown again. Optional for endpoints that need none.</param>
/// <param name="DefaultModel">The chat model to use; gpt-4o-mini unless given.</param>
/// <param name="OrganizationId">Make it the organisation's (its admins and owners only) instead of a personal one.</param>
/// <param name="IsDefault">A personal credential answering its owner's questions; true unless the person has a default already.</param>
public sealed record CreateCredential(
    string Name, string Provider, string? BaseUrl = null, string? ApiKey = null, string? DefaultModel = null, Guid? OrganizationId = null, bool? IsDefault = null)
    : IRequest<CredentialResponse>;

public sealed class CreateCredentialValidator : AbstractValidator<CreateCredential>
{
    public CreateCredentialValidator(OutboundHttp outbound)
    {
        CredentialRules.Name(RuleFor(x => x.Name).NotEmpty());
        RuleFor(x => x.Provider).NotEmpty().Must(CredentialProviders.All.Contains).WithMessage($"'provider' must be one of {string.Join(", ", CredentialProviders.All)}.");
        CredentialRules.BaseUrl(RuleFor(x => x.BaseUrl), outbound);
        CredentialRules.ApiKey(RuleFor(x => x.ApiKey));
        CredentialRules.Model(RuleFor(x => x.DefaultModel));
        RuleFor(x => x.IsDefault).Must(d => d != true).When(x => x.OrganizationId is not null)
            .WithMessage("An organisation's credential is made its default through PUT /api/organizations/{orgId}/default-credential.");
    }
}

/// <summary>Keeps a new credential with its key encrypted.</summary>
public sealed class CreateCredentialHandler(IDocumentSession session, CurrentUser caller, SecretProtection secrets, TimeProvider clock)
    : IRequestHandler<CreateCredential, CredentialResponse>
{
    public async ValueTask<CredentialResponse> Handle(CreateCredential request, CancellationToken ct)
    {
        var me = caller.Id;
        if (request.OrganizationId is { } organizationId)
        {
            await session.RequireAsync(organizationId, caller, OrganizationRole.Admin, ct);
            if (await session.Query<Credential>().CountAsync(c => c.OrganizationId == organizationId, ct) >= Credential.MaxPerOwner)
                throw ProblemException.Conflict($"The organisation has {Credential.MaxPerOwner} credentials already: delete one first.");
        }
        else if (await session.Query<Credential>().CountAsync(c => c.CreatedBy == me && c.OrganizationId == null, ct) >= Credential.MaxPerOwner)
            throw ProblemException.Conflict($"You have {Credential.MaxPerOwner} credentials already: delete one first.");

        var isDefault = request.OrganizationId is null &&
                        (request.IsDefault ?? !await session.Query<Credential>().AnyAsync(c => c.CreatedBy == me && c.OrganizationId == null && c.IsDefault, ct));
        if (isDefault) await CredentialDefaults.UnsetPersonalDefaultAsync(session, me, ct);
        var apiKey = request.ApiKey?.Trim() ?? "";
        var now = clock.GetUtcNow();
        var credential = new Credential
        {
            Id = Guid.CreateVersion7(), Name = request.Name.Trim(), Provider = request.Provider,
            BaseUrl = request.BaseUrl?.Trim().TrimEnd('/') ?? CredentialProviders.OpenAiBaseUrl,
            ProtectedApiKey = secrets.Protect(apiKey), MaskedApiKey = apiKey.Length == 0 ? "" : SecretProtection.Mask(apiKey),
            DefaultModel = request.DefaultModel?.Trim() ?? CredentialProviders.OpenAiDefaultModel,
            CreatedBy = me, OrganizationId = request.OrganizationId, IsDefault = isDefault, CreatedAt = now, UpdatedAt = now,
        };
        session.Insert(credential);
        await session.SaveChangesAsync(ct);
        return credential.ToResponse(false);
    }
}
