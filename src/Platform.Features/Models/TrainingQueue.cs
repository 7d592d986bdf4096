using System.Threading.Channels;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Models;

/// <summary>
/// Runs trainings and tuning runs apart from the requests that asked for them, a few at a time
/// (<see cref="ModelOptions.ConcurrentTrainings"/>: training takes every core it gets), each under a lease
/// (<see cref="WorkLeases"/>) from the moment it is queued until it ends.
/// </summary>
public sealed class TrainingQueue(IServiceScopeFactory scopes, WorkLeases leases, IOptions<ModelOptions> options, ILogger<TrainingQueue> logger) : BackgroundService
{
    private readonly Channel<(Guid Id, Func<IServiceProvider, CancellationToken, Task> Work)> _queue = Channel.CreateUnbounded<(Guid, Func<IServiceProvider, CancellationToken, Task>)>();

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
        session.Insert(leases.Take(model.Id));
        await session.SaveChangesAsync(ct);
        Enqueue(model.Id, (services, stop) => ModelTrainer.TrainAsync(services, model.Id, stop));
    }

    /// <summary>Queues work whose lease (<see cref="WorkLeases.Take"/>) was saved; it runs in its own scope, whatever happens to the request.</summary>
    public void Enqueue(Guid id, Func<IServiceProvider, CancellationToken, Task> work) => _queue.Writer.TryWrite((id, work));

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.ConcurrentTrainings)).Select(_ => WorkAsync(stoppingToken)));

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
                    leases.Release(id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
