using Marten;

namespace Platform.Features.Credentials;

/// <summary>A credential goes with its usage and any organisation default naming it.</summary>
public static class CredentialDeletion
{
    public static void Delete(IDocumentSession session, Guid credentialId)
    {
        session.Delete<Credential>(credentialId);
        session.DeleteWhere<OrganizationDefaultCredential>(d => d.CredentialId == credentialId);
        session.DeleteWhere<CredentialUsageDay>(d => d.CredentialId == credentialId);
    }
}
