using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;
using System.Threading.Channels;
using Marten;
using Marten.Patching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Platform.Features.Models;

/// <summary>
/// Proof that an instance still means to train a queued or training model (or run a tuning run): renewed while
/// it waits or runs, so one whose lease has gone stale was interrupted and is marked failed.
/// </summary>
public sealed class TrainingLease
{
    public Guid Id { get; set; }
    public DateTimeOffset HeartbeatAt { get; set; }
}

/// <summary>
/// Runs trainings and tuning runs apart from the requests that asked for them, a few at a time
/// (<see cref="ModelOptions.ConcurrentTrainings"/>: training takes every core it gets), and renews their leases.
/// </summary>
public sealed class ModelTrainings(IServiceScopeFactory scopes, IOptions<ModelOptions> options, TimeProvider clock, ILogger<ModelTrainings> logger) : BackgroundService
{
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(90);

    private readonly Channel<(Guid Id, Func<IServiceProvider, CancellationToken, Task> Work)> _queue = Channel.CreateUnbounded<(Guid, Func<IServiceProvider, CancellationToken, Task>)>();
    private readonly ConcurrentDictionary<Guid, byte> _leased = new();

    /// <summary>A new lease to save with the queued work's document, so the work is never unaccounted for.</summary>
    public TrainingLease Lease(Guid id) => new() { Id = id, HeartbeatAt = clock.GetUtcNow() };

    /// <summary>Work this instance holds: alive whatever its lease says (a clock that jumps ahead makes any lease look stale).</summary>
    public bool IsHeldHere(Guid id) => _leased.ContainsKey(id);

    /// <summary>
    /// Refuses (429) a user who already has <see cref="ModelOptions.QueuedTrainingsPerUser"/> trainings and tuning runs
    /// waiting or running: the queue is shared, and one person filling it would hold everyone else's back.
    /// </summary>
    public async Task EnsureQueueRoomAsync(IQuerySession session, Guid ownerId, CancellationToken ct)
    {
        var waiting = await session.Query<TrainedModel>().CountAsync(m => m.OwnerId == ownerId && (m.Status == ModelStatus.Queued || m.Status == ModelStatus.Training), ct)
            + await session.Query<TuningRun>().CountAsync(r => r.OwnerId == ownerId && (r.Status == TuningStatus.Queued || r.Status == TuningStatus.Running), ct);
        if (waiting >= options.Value.QueuedTrainingsPerUser)
            throw new Common.ProblemException(StatusCodes.Status429TooManyRequests, "Too many trainings",
                $"You have {waiting} trainings waiting or running (at most {options.Value.QueuedTrainingsPerUser}); start more once some have finished.")
            {
                RetryAfter = TimeSpan.FromSeconds(30),
            };
    }

    /// <summary>Saves a prepared model with its lease and queues its training, if its owner has room in the queue.</summary>
    public async Task StartTrainingAsync(Marten.IDocumentSession session, TrainedModel model, CancellationToken ct)
    {
        await EnsureQueueRoomAsync(session, model.OwnerId, ct);
        session.Insert(model);
        session.Insert(Lease(model.Id));
        await session.SaveChangesAsync(ct);
        Enqueue(model.Id, (services, stop) => ModelTrainer.TrainAsync(services, model.Id, stop));
    }

    /// <summary>Queues work whose lease was saved; it runs in its own scope, whatever happens to the request.</summary>
    public void Enqueue(Guid id, Func<IServiceProvider, CancellationToken, Task> work)
    {
        _leased[id] = 0;
        _queue.Writer.TryWrite((id, work));
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.ConcurrentTrainings)).Select(_ => WorkAsync(stoppingToken)).Append(RenewLeasesAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (id, work) in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await work(scope.ServiceProvider, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Training work {Id} failed", id);
                }
                finally
                {
                    _leased.TryRemove(id, out _);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RenewLeasesAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(HeartbeatEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (_leased.IsEmpty) continue;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
                    // A patch touches only leases that exist: one whose work just ended is not brought back.
                    foreach (var id in _leased.Keys) session.Patch<TrainingLease>(id).Set(l => l.HeartbeatAt, clock.GetUtcNow());
                    await session.SaveChangesAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not renew the leases of trainings");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
