using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Credentials;

public sealed record GetCredential(Guid CredentialId) : IRequest<CredentialResponse>;

public sealed class GetCredentialHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetCredential, CredentialResponse>
{
    public async ValueTask<CredentialResponse> Handle(GetCredential request, CancellationToken ct)
    {
        var credential = await session.RequireAsync(request.CredentialId, caller, ct);
        return credential.ToResponse(await session.IsOrganizationDefaultAsync(credential, ct));
    }
}
