using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Datasets;

namespace Platform.Features.Models;

/// <param name="Trials">How many trainings the search runs (1–200).</param>
/// <param name="Algorithms">The algorithms to search; all of the task's when not given.</param>
public sealed record TuneModel(
    Guid DatasetId, string Target, int Trials, IReadOnlyList<string>? Features = null, IReadOnlyList<string>? Exclude = null, ModelTask? Task = null,
    IReadOnlyList<string>? Algorithms = null, double TestFraction = 0.2, int Seed = 1) : IRequest<TuningResponse>;

public sealed class TuneModelValidator : AbstractValidator<TuneModel>
{
    public TuneModelValidator()
    {
        RuleFor(x => x.DatasetId).NotEmpty();
        RuleFor(x => x.Target).NotEmpty();
        RuleFor(x => x.Trials).InclusiveBetween(1, 200);
        RuleFor(x => x.TestFraction).InclusiveBetween(0.05, 0.5);
    }
}

public sealed class TuneModelHandler(IDocumentSession session, DatasetFiles files, CurrentUser caller, TrainingQueue trainings, WorkLeases leases, TimeProvider clock) : IRequestHandler<TuneModel, TuningResponse>
{
    public async ValueTask<TuningResponse> Handle(TuneModel request, CancellationToken ct)
    {
        var spec = await ModelTrainer.PrepareAsync(session, files, caller,
            new TrainingSpec(request.DatasetId, request.Target, request.Features, request.Exclude, request.Task, null, null, request.TestFraction, request.Seed),
            algorithmRequired: false, clock, ct);
        await trainings.EnsureQueueRoomAsync(session, caller.Id, ct);
        var task = ModelAlgorithms.For(spec.Task);
        var algorithms = request.Algorithms is { Count: > 0 }
            ? request.Algorithms.Select(a => ModelAlgorithms.Find(spec.Task, a)?.Name ?? throw new ProblemException(StatusCodes.Status400BadRequest, "Cannot tune",
                $"'{a}' is not an algorithm for {ModelTrainer.Name(spec.Task)}; choose from {string.Join(", ", task.Algorithms.Select(x => x.Name))}.")).Distinct().ToList()
            : task.Algorithms.Select(a => a.Name).ToList();
        var run = new TuningRun
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, DatasetId = spec.DatasetId, Status = TuningStatus.Queued, Spec = spec, Algorithms = algorithms,
            Trials = request.Trials, Metric = task.PrimaryMetric, CreatedAt = clock.GetUtcNow(),
        };
        session.Insert(run);
        session.Insert(leases.Take(run.Id));
        await session.SaveChangesAsync(ct);
        trainings.Enqueue(run.Id, (services, stop) => ModelTuner.TuneAsync(services, run.Id, stop));
        return TuningResponse.From(run);
    }
}
