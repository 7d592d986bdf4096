using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Credentials;

/// <param name="ApiKey">A new key, replacing the old one.</param>
/// <param name="IsDefault">For a personal credential: true makes it answer for you (and no other); false stops that.</param>
public sealed record UpdateCredentialRequest(string? Name = null, string? BaseUrl = null, string? ApiKey = null, string? DefaultModel = null, bool? IsDefault = null);

public sealed record UpdateCredential(Guid CredentialId, string? Name, string? BaseUrl, string? ApiKey, string? DefaultModel, bool? IsDefault)
    : IRequest<CredentialResponse>;

public sealed class UpdateCredentialValidator : AbstractValidator<UpdateCredential>
{
    public UpdateCredentialValidator(OutboundHttp outbound)
    {
        CredentialRules.Name(RuleFor(x => x.Name));
        CredentialRules.BaseUrl(RuleFor(x => x.BaseUrl), outbound);
        CredentialRules.ApiKey(RuleFor(x => x.ApiKey));
        CredentialRules.Model(RuleFor(x => x.DefaultModel));
    }
}

/// <summary>Renames, re-points or re-keys a credential; a change of key clears the last check.</summary>
public sealed class UpdateCredentialHandler(IDocumentSession session, CurrentUser caller, SecretProtection secrets, TimeProvider clock)
    : IRequestHandler<UpdateCredential, CredentialResponse>
{
    public async ValueTask<CredentialResponse> Handle(UpdateCredential request, CancellationToken ct)
    {
        var credential = await session.RequireAsync(request.CredentialId, caller, ct);
        var changes = request;
        if (changes.IsDefault is not null && !credential.IsPersonal)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Bad request",
                "An organisation's credential is made its default through PUT /api/organizations/{orgId}/default-credential.");
        if (changes.Name is { } name) credential.Name = name.Trim();
        if (changes.DefaultModel is { } model) credential.DefaultModel = model.Trim();
        if (changes.BaseUrl is { } baseUrl && baseUrl.Trim().TrimEnd('/') != credential.BaseUrl)
        {
            credential.BaseUrl = baseUrl.Trim().TrimEnd('/');
            credential.LastCheck = null;
        }
        if (changes.ApiKey is { } apiKey)
        {
            credential.ProtectedApiKey = secrets.Protect(apiKey.Trim());
            credential.MaskedApiKey = SecretProtection.Mask(apiKey.Trim());
            credential.LastCheck = null;
        }
        if (changes.IsDefault is { } isDefault && isDefault != credential.IsDefault)
        {
            if (isDefault) await CredentialDefaults.UnsetPersonalDefaultAsync(session, credential.CreatedBy, ct);
            credential.IsDefault = isDefault;
        }
        credential.UpdatedAt = clock.GetUtcNow();
        session.Update(credential);
        await session.SaveChangesAsync(ct);
        return credential.ToResponse(await session.IsOrganizationDefaultAsync(credential, ct));
    }
}
