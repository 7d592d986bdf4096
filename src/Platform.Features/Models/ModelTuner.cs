using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;
using Platform.Features.Datasets;

namespace Platform.Features.Models;

/// <summary>
/// A random search over the task's trainers and their parameters (ML.NET's AutoML is not available): each
/// algorithm's first trial uses its defaults, later ones sample every parameter within its range (on a log
/// scale where the template says so). All trials share one split; the best is trained again in full and
/// registered as a model.
/// </summary>
public static class ModelTuner
{
    public static Dictionary<string, double> Sample(Random random, AlgorithmSpec algorithm) => algorithm.Parameters.ToDictionary(p => p.Name, p =>
    {
        var value = p.LogScale && p.Min > 0
            ? Math.Exp(Math.Log(p.Min) + random.NextDouble() * (Math.Log(p.Max) - Math.Log(p.Min)))
            : p.Min + random.NextDouble() * (p.Max - p.Min);
        return p.Type == "integer" ? Math.Round(value) : Math.Round(value, 6);
    });

    public static async Task TuneAsync(IServiceProvider services, Guid runId, CancellationToken ct)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var clock = services.GetRequiredService<TimeProvider>();
        var leases = services.GetRequiredService<WorkLeases>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ModelTuner));
        async Task SaveAsync(TuningRun r, TrainedModel? model = null)
        {
            await using var session = store.LightweightSession();
            session.Update(r);
            if (model is not null)
            {
                session.Insert(model);
                session.Insert(leases.Take(model.Id));
            }
            if (r.Status is TuningStatus.Done or TuningStatus.Failed) session.Delete<WorkLease>(r.Id);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        TuningRun? run;
        await using (var read = store.QuerySession()) run = await read.LoadAsync<TuningRun>(runId, ct);
        if (run is not { Status: TuningStatus.Queued }) return;
        run.Status = TuningStatus.Running;
        await SaveAsync(run);
        try
        {
            Dataset dataset;
            await using (var read = store.QuerySession())
                dataset = (await read.LoadAsync<Dataset>(run.DatasetId, ct) ?? throw new ProblemException(StatusCodes.Status409Conflict, "Dataset deleted", "The dataset was deleted before tuning started.")).RequireReady();
            var spec = run.Spec;
            var task = ModelAlgorithms.For(spec.Task);
            var rows = await Task.Run(() => ModelTrainer.Load(services, dataset, spec), ct);
            var (train, test) = ModelFitting.Split(spec, rows);
            var random = new Random(spec.Seed);
            var algorithms = run.Algorithms.Select(a => ModelAlgorithms.Find(spec.Task, a)!).ToList();
            for (var n = 1; n <= run.Trials; n++)
            {
                ct.ThrowIfCancellationRequested();
                var algorithm = algorithms[(n - 1) % algorithms.Count];
                var parameters = n <= algorithms.Count ? ModelAlgorithms.Resolve(algorithm, null) : Sample(random, algorithm);
                var trial = new TrainedModel { Id = spec.Id, Task = spec.Task, Features = spec.Features, Classes = spec.Classes, Seed = spec.Seed, Algorithm = algorithm.Name, Parameters = parameters };
                var clockTrial = Stopwatch.StartNew();
                try
                {
                    var metrics = await Task.Run(() => ModelFitting.Score(trial, rows, train, test), ct);
                    run.Results.Add(new TuningTrial(n, algorithm.Name, parameters, metrics, metrics.TryGetValue(task.PrimaryMetric, out var s) ? s : null, clockTrial.ElapsedMilliseconds, null));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    run.Results.Add(new TuningTrial(n, algorithm.Name, parameters, new Dictionary<string, double>(), null, clockTrial.ElapsedMilliseconds, e.Message));
                }
                await SaveAsync(run);
            }
            var best = run.Results.Where(r => r.Score is not null).OrderByDescending(r => task.HigherIsBetter ? r.Score : -r.Score).ThenBy(r => r.Number).FirstOrDefault()
                ?? throw new ProblemException(StatusCodes.Status409Conflict, "No trial succeeded", $"Every trial failed; the first said: {run.Results[0].Error}");
            var model = new TrainedModel
            {
                Id = Guid.CreateVersion7(), OwnerId = run.OwnerId, DatasetId = spec.DatasetId, DatasetName = spec.DatasetName, DatasetVersion = spec.DatasetVersion,
                Status = ModelStatus.Queued, Task = spec.Task, Algorithm = best.Algorithm, Parameters = best.Parameters.ToDictionary(), Target = spec.Target,
                Features = spec.Features.Select(f => f with { Kind = FeatureKind.Number, Categories = null }).ToList(), TestFraction = spec.TestFraction, Seed = spec.Seed,
                RoomIds = spec.RoomIds, TuningId = run.Id, CreatedAt = clock.GetUtcNow(),
            };
            run.BestTrial = best.Number;
            run.BestModelId = model.Id;
            await SaveAsync(run, model);
            await ModelTrainer.TrainAsync(services, model.Id, ct);
            run.Status = TuningStatus.Done;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (e is not ProblemException) logger.LogError(e, "Tuning run {RunId} failed", runId);
            run.Status = TuningStatus.Failed;
            run.Error = e is ProblemException p ? p.Detail : $"Tuning failed: {e.Message}";
        }
        run.FinishedAt = clock.GetUtcNow();
        await SaveAsync(run);
    }
}
