using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Credentials;

public sealed record ClearOrganizationDefaultCredential(Guid OrganizationId) : IRequest<Unit>;

/// <summary>Members without a default of their own fall back to the server's model.</summary>
public sealed class ClearOrganizationDefaultCredentialHandler(IDocumentSession session, CurrentUser caller) : IRequestHandler<ClearOrganizationDefaultCredential, Unit>
{
    public async ValueTask<Unit> Handle(ClearOrganizationDefaultCredential request, CancellationToken ct)
    {
        await session.RequireAsync(request.OrganizationId, caller, OrganizationRole.Admin, ct);
        session.Delete<OrganizationDefaultCredential>(request.OrganizationId);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
