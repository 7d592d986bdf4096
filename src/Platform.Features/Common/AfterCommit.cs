using Marten;
using Marten.Services;

namespace Platform.Features.Common;

/// <summary>Runs an action once the session's changes have committed (waking a worker, dropping a cache).</summary>
public sealed class AfterCommit(Action action) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        action();
        return Task.CompletedTask;
    }
}
