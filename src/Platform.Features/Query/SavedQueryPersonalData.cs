using Marten;
using Platform.Features.Common;

namespace Platform.Features.Query;

/// <summary>A person's saved and past queries go with them.</summary>
public sealed class SavedQueryPersonalData : IPersonalData
{
    public Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        var user = erasure.UserId;
        session.DeleteWhere<SavedQuery>(q => q.UserId == user);
        return Task.CompletedTask;
    }
}
