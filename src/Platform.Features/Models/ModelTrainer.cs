using Microsoft.Extensions.Logging;
using Marten;
using Marten.Patching;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Datasets;
using Platform.Features.Query.Language;

namespace Platform.Features.Models;

/// <summary>What to train: the target, the input columns, the task and the trainer (each chosen automatically when not given).</summary>
public sealed record TrainingSpec(
    Guid DatasetId, string Target, IReadOnlyList<string>? Features, IReadOnlyList<string>? Exclude, ModelTask? Task, string? Algorithm,
    IReadOnlyDictionary<string, double>? Parameters, double TestFraction, int Seed);

/// <summary>
/// Checks a training specification against its dataset (refusing what cannot be trained with a 400 that says
/// why), and trains a queued model in the background: reads its rows, trains, saves the artifact and the
/// report, and tells the dataset's rooms (<c>model.trained</c>, <c>model.failed</c>).
/// </summary>
public static class ModelTrainer
{
    private const int MaxClasses = 100;
    private const int MinRows = 10;
    public const string AutoAlgorithm = "lightGbm";

    /// <summary>A queued model for the specification; <paramref name="algorithmRequired"/> false leaves an unnamed algorithm empty (tuning tries them all).</summary>
    public static async Task<TrainedModel> PrepareAsync(IQuerySession session, DatasetFiles files, CurrentUser caller, TrainingSpec spec, bool algorithmRequired, TimeProvider clock, CancellationToken ct)
    {
        var dataset = (await session.RequireReadableAsync(spec.DatasetId, caller, ct)).RequireReady();
        DatasetColumn Column(string name, string role) => dataset.Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw Invalid($"The dataset has no column '{name}' ({role}); its columns are {string.Join(", ", dataset.Columns.Select(c => c.Name))}.");

        var target = Column(spec.Target, "target");
        var excluded = (spec.Exclude ?? []).Select(e => Column(e, "exclude").Name).ToHashSet();
        var inputs = (spec.Features is { Count: > 0 } named ? named.Select(f => Column(f, "feature")) : dataset.Columns.Where(c => c.Name != target.Name))
            .Where(c => !excluded.Contains(c.Name)).DistinctBy(c => c.Name).ToList();
        if (inputs.Any(c => c.Name == target.Name)) throw Invalid($"'{target.Name}' is the target; it cannot also be a feature.");
        if (inputs.Count == 0) throw Invalid("No feature columns are left to learn from.");

        var (distinct, rows) = ModelData.Distinct(files.Data(dataset), dataset.TableName, target.Name);
        if (rows < MinRows) throw Invalid($"The target '{target.Name}' has {rows} non-empty values; training needs at least {MinRows}.");
        if (distinct < 2) throw Invalid($"The target '{target.Name}' has a single distinct value; there is nothing to predict.");
        var numeric = ColumnTypes.IsNumber(target.Type);
        var isDate = ColumnTypes.IsTemporal(target.Type);
        var task = spec.Task ?? (target.Type == "BOOLEAN" || distinct == 2 ? ModelTask.Binary : numeric ? ModelTask.Regression : ModelTask.Multiclass);
        if (isDate) throw Invalid($"The target '{target.Name}' holds dates; models predict numbers or classes.");
        if (task == ModelTask.Regression && !numeric) throw Invalid($"Regression needs a numeric target; '{target.Name}' is {target.Type}.");
        if (task == ModelTask.Binary && distinct != 2) throw Invalid($"Binary classification needs a target with two distinct values; '{target.Name}' has {distinct}.");
        if (task == ModelTask.Multiclass && distinct > MaxClasses) throw Invalid($"'{target.Name}' has {distinct} distinct values; multiclass classification takes at most {MaxClasses}.");

        var algorithm = spec.Algorithm is null ? (algorithmRequired ? ModelAlgorithms.Find(task, AutoAlgorithm) : null)
            : ModelAlgorithms.Find(task, spec.Algorithm) ?? throw Invalid($"'{spec.Algorithm}' is not an algorithm for {Name(task)}; choose one of {string.Join(", ", ModelAlgorithms.For(task).Algorithms.Select(a => a.Name))}.");
        if (algorithm is not null && ModelAlgorithms.Check(algorithm, spec.Parameters) is { } problem) throw Invalid(problem);

        return new TrainedModel
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, DatasetId = dataset.Id, DatasetName = dataset.Name, DatasetVersion = dataset.Version,
            Status = ModelStatus.Queued, Task = task, Algorithm = algorithm?.Name ?? "", Target = target.Name,
            Parameters = algorithm is null ? [] : ModelAlgorithms.Resolve(algorithm, spec.Parameters),
            Features = inputs.Select(c => new InputFeature(c.Name, c.Type, FeatureKind.Number)).ToList(),
            TestFraction = spec.TestFraction, Seed = spec.Seed, RoomIds = dataset.RoomIds.ToList(), CreatedAt = clock.GetUtcNow(),
        };
    }

    public static string Name(ModelTask task) => task switch { ModelTask.Regression => "regression", ModelTask.Binary => "binary", _ => "multiclass" };

    private static ProblemException Invalid(string detail) => new(StatusCodes.Status400BadRequest, "Cannot train this model", detail);

    /// <summary>Reads the dataset's current version and settles how each input becomes features and, for binary models, the two classes.</summary>
    public static ModelRows Load(IServiceProvider services, Dataset dataset, TrainedModel model)
    {
        var files = services.GetRequiredService<DatasetFiles>();
        var options = services.GetRequiredService<IOptions<ModelOptions>>().Value;
        var types = dataset.Columns.ToDictionary(c => c.Name, c => c.Type);
        var missing = model.Features.Select(f => f.Name).Append(model.Target).FirstOrDefault(n => !types.ContainsKey(n));
        if (missing is not null) throw new ProblemException(StatusCodes.Status409Conflict, "Dataset changed", $"The dataset no longer has the column '{missing}'.");
        var rows = ModelData.Read(files.Data(dataset), dataset.TableName, model.Features.Select(f => f.Name).ToList(), model.Target, options.MaxTrainingRows);
        model.Features = model.Features.Select((f, i) => ModelData.Describe(f.Name, types[f.Name], rows.Inputs[i])).ToList();
        model.DatasetVersion = dataset.Version;
        model.RowCount = rows.Count;
        if (model.Task == ModelTask.Binary)
        {
            model.Classes = rows.Targets.Select(ModelFeatures.TargetText).Distinct().Order(StringComparer.Ordinal).ToList();
            if (model.Classes.Count != 2) throw new ProblemException(StatusCodes.Status409Conflict, "Dataset changed", $"The target now has {model.Classes.Count} distinct values, not two.");
        }
        return rows;
    }

    /// <summary>Trains a queued model to its end, recording success or the reason for failure.</summary>
    public static async Task TrainAsync(IServiceProvider services, Guid modelId, CancellationToken ct)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var modelFiles = services.GetRequiredService<ModelFiles>();
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ModelTrainer));
        await using var session = store.LightweightSession();
        var model = await session.LoadAsync<TrainedModel>(modelId, ct);
        if (model is not { Status: ModelStatus.Queued }) return;

        async Task Stage(string stage)
        {
            await using var progress = store.LightweightSession();
            progress.Patch<TrainedModel>(modelId).Set(m => m.Stage, stage);
            await progress.SaveChangesAsync(CancellationToken.None);
        }

        model.Status = ModelStatus.Training;
        model.Stage = "loading";
        session.Update(model);
        await session.SaveChangesAsync(ct);
        TrainingOutcome? outcome = null;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var dataset = (await session.LoadAsync<Dataset>(model.DatasetId, ct) ?? throw new ProblemException(StatusCodes.Status409Conflict, "Dataset deleted", "The dataset was deleted before training started.")).RequireReady();
            outcome = await Task.Run(() =>
            {
                var rows = Load(services, dataset, model);
                return ModelFitting.Train(model, rows, stage => Stage(stage).GetAwaiter().GetResult());
            }, ct);
            modelFiles.Save(model.Id, outcome.Pipeline, outcome.InputSchema);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (e is not ProblemException) logger.LogError(e, "Training of model {ModelId} failed", modelId);
            model.Error = e is ProblemException p ? p.Detail : $"Training failed: {e.Message}";
        }
        var trained = new KeyValuePair<string, object?>("outcome", outcome is null ? "failed" : "ready");
        PlatformMetrics.Trainings.Add(1, trained);
        PlatformMetrics.TrainingDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, trained);

        await using var finish = store.LightweightSession();
        var current = await finish.LoadAsync<TrainedModel>(modelId, ct);
        finish.Delete<WorkLease>(modelId);
        // A tuning trial trains inside its run's work: its own lease ends here, not when a queue item does.
        services.GetRequiredService<WorkLeases>().Release(modelId);
        if (current is null)
        {
            // Deleted while it trained: what it wrote belongs to nobody.
            modelFiles.Delete(modelId);
            await finish.SaveChangesAsync(ct);
            return;
        }
        model.Stage = null;
        if (outcome is not null)
        {
            model.Status = ModelStatus.Ready;
            model.Metrics = outcome.Metrics;
            model.Classes = outcome.Classes;
            model.Baselines = outcome.Baselines;
            model.TrainRowCount = outcome.TrainRows;
            model.TestRowCount = outcome.TestRows;
            model.DurationMs = outcome.DurationMs;
            model.TrainedAt = clock.GetUtcNow();
            finish.Store(outcome.Report);
        }
        else model.Status = ModelStatus.Failed;
        finish.Update(model);
        var events = services.GetRequiredService<IRoomEvents>();
        foreach (var room in model.RoomIds)
            events.Publish(finish, room, outcome is not null ? "model.trained" : "model.failed", ModelOutcome.Of(model));
        await services.GetRequiredService<PlatformEvents>().PublishAsync(finish, outcome is not null ? PlatformEvents.ModelReady : PlatformEvents.ModelFailed,
            model.OwnerId, model.RoomIds, ModelOutcome.Of(model), ct);
        await finish.SaveChangesAsync(ct);
    }
}
