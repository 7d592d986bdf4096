using Marten;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

/// <summary>The rooms that belong to an organisation.</summary>
public sealed class RoomOrganizationHoldings : IOrganizationHoldings
{
    public async Task<IReadOnlyList<Holding>> HeldByAsync(IQuerySession session, Guid organizationId, CancellationToken ct) =>
        [new("rooms", await session.Query<Room>().CountAsync(r => r.OrganizationId == organizationId, ct))];
}
