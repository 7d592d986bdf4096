using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Credentials;

public sealed record DeleteCredential(Guid CredentialId) : IRequest<Unit>;

/// <summary>Deletes a credential with its usage; an organisation whose default it was falls back to the server's model.</summary>
public sealed class DeleteCredentialHandler(IDocumentSession session, CurrentUser caller) : IRequestHandler<DeleteCredential, Unit>
{
    public async ValueTask<Unit> Handle(DeleteCredential request, CancellationToken ct)
    {
        var credential = await session.RequireAsync(request.CredentialId, caller, ct);
        CredentialDeletion.Delete(session, credential.Id);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
