using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Datasets;

namespace Platform.Features.Models;

/// <param name="Target">The column to predict.</param>
/// <param name="Features">The input columns; all the others when not given.</param>
/// <param name="Exclude">Columns to leave out of the inputs (identifiers, leaks of the target).</param>
/// <param name="Task">regression, binary or multiclass; chosen from the target column when not given.</param>
/// <param name="Algorithm">One of the task's algorithms (see /api/models/templates); lightGbm when not given.</param>
/// <param name="Parameters">The algorithm's tunable parameters; defaults for the rest.</param>
/// <param name="TestFraction">Share of rows held out for evaluation.</param>
/// <param name="Seed">Makes the split and the training repeatable.</param>
public sealed record TrainModel(
    Guid DatasetId, string Target, IReadOnlyList<string>? Features = null, IReadOnlyList<string>? Exclude = null, ModelTask? Task = null,
    string? Algorithm = null, Dictionary<string, double>? Parameters = null, double TestFraction = 0.2, int Seed = 1) : IRequest<ModelResponse>;

public sealed class TrainModelValidator : AbstractValidator<TrainModel>
{
    public TrainModelValidator()
    {
        RuleFor(x => x.DatasetId).NotEmpty();
        RuleFor(x => x.Target).NotEmpty();
        RuleFor(x => x.TestFraction).InclusiveBetween(0.05, 0.5);
        RuleFor(x => x.Features).Must(f => f is null || f.Count <= 500).WithMessage("At most 500 features.");
    }
}

public sealed class TrainModelHandler(IDocumentSession session, DatasetFiles files, CurrentUser caller, TrainingQueue trainings, TimeProvider clock) : IRequestHandler<TrainModel, ModelResponse>
{
    public async ValueTask<ModelResponse> Handle(TrainModel request, CancellationToken ct)
    {
        var model = await ModelTrainer.PrepareAsync(session, files, caller,
            new TrainingSpec(request.DatasetId, request.Target, request.Features, request.Exclude, request.Task, request.Algorithm, request.Parameters, request.TestFraction, request.Seed),
            algorithmRequired: true, clock, ct);
        await trainings.StartTrainingAsync(session, model, ct);
        return ModelResponse.From(model);
    }
}
