using Marten;

namespace Platform.Features.Credentials;

/// <summary>A person has one default credential at most.</summary>
public static class CredentialDefaults
{
    public static async Task UnsetPersonalDefaultAsync(IDocumentSession session, Guid userId, CancellationToken ct)
    {
        foreach (var previous in await session.Query<Credential>().Where(c => c.CreatedBy == userId && c.OrganizationId == null && c.IsDefault).ToListAsync(ct))
        {
            previous.IsDefault = false;
            session.Update(previous);
        }
    }
}
