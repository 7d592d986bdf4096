using Marten;
using Platform.Features.Common;

namespace Platform.Features.Credentials;

/// <summary>Personal credentials are a person's secrets: they go with the account, not to the successor.</summary>
public sealed class CredentialHandover : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
        [new("personal credentials (deleted with the account)", await session.Query<Credential>().CountAsync(c => c.CreatedBy == userId && c.OrganizationId == null, ct))];

    public async Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        foreach (var id in await session.Query<Credential>().Where(c => c.CreatedBy == handover.UserId && c.OrganizationId == null).Select(c => c.Id).ToListAsync(ct))
            CredentialDeletion.Delete(session, id);
    }
}

/// <summary>An organisation's credentials are deleted before the organisation.</summary>
public sealed class CredentialOrganizationHoldings : IOrganizationHoldings
{
    public async Task<IReadOnlyList<Holding>> HeldByAsync(IQuerySession session, Guid organizationId, CancellationToken ct) =>
        [new("credentials", await session.Query<Credential>().CountAsync(c => c.OrganizationId == organizationId, ct))];
}
