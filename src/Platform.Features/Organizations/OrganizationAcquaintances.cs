using Marten;
using Platform.Features.Common;

namespace Platform.Features.Organizations;

/// <summary>Everyone in an organisation with the person.</summary>
public sealed class OrganizationAcquaintances : IAcquaintances
{
    public async Task<IReadOnlyCollection<Guid>> OfAsync(IQuerySession session, Guid userId, CancellationToken ct)
    {
        var organizations = await session.Query<Organization>().Where(o => o.Members.Any(m => m.UserId == userId)).ToListAsync(ct);
        return organizations.SelectMany(o => o.Members).Select(m => m.UserId).Where(id => id != userId).ToHashSet();
    }
}
