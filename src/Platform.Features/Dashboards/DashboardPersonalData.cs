using Marten;
using Platform.Features.Common;

namespace Platform.Features.Dashboards;

/// <summary>A person's dashboards (their own and those they made in rooms) go with them.</summary>
public sealed class DashboardPersonalData : IPersonalData
{
    public Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        var owner = erasure.UserId;
        session.DeleteWhere<Dashboard>(d => d.OwnerId == owner);
        return Task.CompletedTask;
    }
}
