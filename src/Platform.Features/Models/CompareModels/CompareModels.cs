using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Models;

public sealed record CompareModels(IReadOnlyList<Guid> ModelIds) : IRequest<ComparisonResponse>;

public sealed record ComparedModel(Guid Id, string Algorithm, string Target, Guid DatasetId, IReadOnlyDictionary<string, double> Parameters, IReadOnlyDictionary<string, double> Metrics, long? DurationMs, int Rank);

/// <param name="Best">The model with the best primary metric (ties: the faster to train).</param>
public sealed record ComparisonResponse(ModelTask Task, string PrimaryMetric, Guid Best, IReadOnlyList<string> Metrics, IReadOnlyList<ComparedModel> Models);

public sealed class CompareModelsValidator : AbstractValidator<CompareModels>
{
    public CompareModelsValidator() => RuleFor(x => x.ModelIds).NotNull().Must(ids => ids.Count is >= 2 and <= 5).WithMessage("Compare 2 to 5 models.")
        .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Each model once.");
}

public sealed class CompareModelsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<CompareModels, ComparisonResponse>
{
    public async ValueTask<ComparisonResponse> Handle(CompareModels request, CancellationToken ct)
    {
        var models = new List<TrainedModel>();
        foreach (var id in request.ModelIds) models.Add((await session.RequireReadableModelAsync(id, caller, ct)).RequireReady());
        if (models.Select(m => m.Task).Distinct().Count() > 1)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Different tasks",
                $"Only models of one task compare: these are {string.Join(", ", models.Select(m => ModelTrainer.Name(m.Task)).Distinct())}.");
        var spec = ModelAlgorithms.For(models[0].Task);
        var ranked = models
            .OrderByDescending(m => m.Metrics.TryGetValue(spec.PrimaryMetric, out var v) ? (spec.HigherIsBetter ? v : -v) : double.NegativeInfinity)
            .ThenBy(m => m.DurationMs).ToList();
        var compared = models.Select(m => new ComparedModel(m.Id, m.Algorithm, m.Target, m.DatasetId, m.Parameters, m.Metrics, m.DurationMs, ranked.IndexOf(m) + 1)).ToList();
        return new ComparisonResponse(spec.Task, spec.PrimaryMetric, ranked[0].Id, spec.Metrics, compared);
    }
}
