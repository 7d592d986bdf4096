using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Credentials;

public sealed record SetOrganizationDefaultCredentialRequest(Guid CredentialId);

public sealed record SetOrganizationDefaultCredential(Guid OrganizationId, Guid CredentialId) : IRequest<CredentialResponse>;

/// <summary>Makes one of the organisation's credentials answer for members who have no default of their own.</summary>
public sealed class SetOrganizationDefaultCredentialHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<SetOrganizationDefaultCredential, CredentialResponse>
{
    public async ValueTask<CredentialResponse> Handle(SetOrganizationDefaultCredential request, CancellationToken ct)
    {
        await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Admin, ct);
        var credential = await session.LoadAsync<Credential>(request.CredentialId, ct);
        if (credential?.OrganizationId != request.OrganizationId)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Bad request",
                "'credentialId' must name a credential of this organisation (POST /api/credentials with its organizationId).");
        session.Store(new OrganizationDefaultCredential { Id = request.OrganizationId, CredentialId = credential.Id, SetAt = clock.GetUtcNow(), SetBy = caller.Id });
        await session.SaveChangesAsync(ct);
        return credential.ToResponse(true);
    }
}
