using Marten;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Credentials;

/// <summary>
/// Who may see and use a credential: a personal one, its owner alone; an organisation's, its admins and owners
/// (and platform administrators). Anyone else gets 404; a member below admin gets 403.
/// </summary>
public static class CredentialAccess
{
    public static async Task<Credential> RequireAsync(this IQuerySession session, Guid credentialId, CurrentUser caller, CancellationToken ct)
    {
        var credential = await session.LoadAsync<Credential>(credentialId, ct);
        if (credential is null) throw NotFound();
        if (credential.OrganizationId is { } organizationId)
        {
            try
            {
                await session.RequireAsync(organizationId, caller, OrganizationRole.Admin, ct);
            }
            catch (ProblemException e) when (e.Status == StatusCodes.Status404NotFound)
            {
                throw NotFound();
            }
        }
        else if (credential.CreatedBy != caller.Id) throw NotFound();
        return credential;
    }

    /// <summary>Whether the credential is its organisation's default.</summary>
    public static async Task<bool> IsOrganizationDefaultAsync(this IQuerySession session, Credential credential, CancellationToken ct) =>
        credential.OrganizationId is { } organizationId && (await session.LoadAsync<OrganizationDefaultCredential>(organizationId, ct))?.CredentialId == credential.Id;

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "The credential was not found.");
}
