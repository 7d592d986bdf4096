using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Models;

/// <summary>A deleted account's models and tuning runs pass to its successor.</summary>
public sealed class ModelHandover : IAccountHandover
{
    public async Task<IReadOnlyList<Holding>> OwnedAsync(IQuerySession session, Guid userId, CancellationToken ct) =>
    [
        new("models", await session.Query<TrainedModel>().CountAsync(x => x.OwnerId == userId, ct)),
        new("tuning runs", await session.Query<TuningRun>().CountAsync(x => x.OwnerId == userId, ct)),
    ];

    public Task HandOverAsync(IDocumentSession session, AccountHandover handover, CancellationToken ct)
    {
        session.Patch<TrainedModel>(x => x.OwnerId == handover.UserId).Set(x => x.OwnerId, handover.SuccessorId);
        session.Patch<TuningRun>(x => x.OwnerId == handover.UserId).Set(x => x.OwnerId, handover.SuccessorId);
        return Task.CompletedTask;
    }
}
