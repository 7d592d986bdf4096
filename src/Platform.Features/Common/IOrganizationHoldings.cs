using Marten;

namespace Platform.Features.Common;

/// <summary>
/// An area's account of what belongs to an organisation (rooms…), asked before the organisation is deleted so
/// nothing is left belonging to none. Implementations anywhere in the features assembly are found at start-up.
/// </summary>
public interface IOrganizationHoldings
{
    Task<IReadOnlyList<Holding>> HeldByAsync(IQuerySession session, Guid organizationId, CancellationToken ct);
}
