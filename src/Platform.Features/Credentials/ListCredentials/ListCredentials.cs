using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Organizations;

namespace Platform.Features.Credentials;

/// <param name="OrganizationId">Only this organisation's credentials (its admins and owners).</param>
public sealed record ListCredentials(Guid? OrganizationId) : IRequest<IReadOnlyList<CredentialResponse>>;

/// <summary>The caller's own credentials and those of the organisations they administer, newest first.</summary>
public sealed class ListCredentialsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListCredentials, IReadOnlyList<CredentialResponse>>
{
    public async ValueTask<IReadOnlyList<CredentialResponse>> Handle(ListCredentials request, CancellationToken ct)
    {
        var me = caller.Id;
        List<Credential> credentials;
        if (request.OrganizationId is { } organizationId)
        {
            await session.RequireAsync(organizationId, caller, OrganizationRole.Admin, ct);
            credentials = (await session.Query<Credential>().Where(c => c.OrganizationId == organizationId).ToListAsync(ct)).ToList();
        }
        else
        {
            var administered = (await session.Query<Organization>()
                    .Where(o => o.Members.Any(m => m.UserId == me && m.Role.IsOneOf(OrganizationRole.Admin, OrganizationRole.Owner))).Select(o => o.Id).ToListAsync(ct))
                .Select(id => (Guid?)id).ToArray();
            credentials = (await session.Query<Credential>()
                .Where(c => (c.CreatedBy == me && c.OrganizationId == null) || c.OrganizationId.IsOneOf(administered)).ToListAsync(ct)).ToList();
        }
        var organizationIds = credentials.Where(c => c.OrganizationId is not null).Select(c => c.OrganizationId!.Value).Distinct().ToArray();
        var defaults = organizationIds.Length == 0 ? [] : (await session.LoadManyAsync<OrganizationDefaultCredential>(ct, organizationIds)).Select(d => d.CredentialId).ToHashSet();
        return credentials.OrderByDescending(c => c.CreatedAt).Select(c => c.ToResponse(defaults.Contains(c.Id))).ToList();
    }
}
