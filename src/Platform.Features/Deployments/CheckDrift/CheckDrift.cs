using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Models;

namespace Platform.Features.Deployments;

/// <param name="Hours">How far back prediction inputs are compared.</param>
/// <param name="Threshold">Population stability index above which a feature has drifted.</param>
public sealed record CheckDrift(Guid DeploymentId, int Hours = 24, double Threshold = 0.2) : IRequest<DriftReport>;

public sealed record CheckDriftBody(int Hours = 24, double Threshold = 0.2);

/// <param name="Level">none (&lt; 0.1), moderate (0.1 up to the threshold) or significant.</param>
/// <param name="Expected">Share of training rows per bin (the baseline's bins; the last one is missing values).</param>
/// <param name="Actual">Share of recent prediction inputs per bin.</param>
public sealed record FeatureDrift(string Feature, double Psi, bool Drift, string Level, IReadOnlyList<double>? Edges, IReadOnlyList<string>? Values, IReadOnlyList<double> Expected, IReadOnlyList<double> Actual);

public sealed record DriftReport(Guid DeploymentId, Guid ModelId, DateTimeOffset From, int Rows, double Threshold, bool Drift, IReadOnlyList<FeatureDrift> Features);

public sealed class CheckDriftValidator : AbstractValidator<CheckDrift>
{
    public CheckDriftValidator()
    {
        RuleFor(x => x.Hours).InclusiveBetween(1, 24 * 30);
        RuleFor(x => x.Threshold).GreaterThan(0).LessThanOrEqualTo(10);
    }
}

/// <summary>
/// Population stability index per feature, Σ (actual − expected) · ln(actual / expected) over the bins of the
/// training distribution (deciles of numbers and dates, the most frequent text values, other, missing).
/// </summary>
public sealed class CheckDriftHandler(IQuerySession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CheckDrift, DriftReport>
{
    private const int MaxLogs = 10_000;
    private const double Floor = 0.0001;

    public async ValueTask<DriftReport> Handle(CheckDrift request, CancellationToken ct)
    {
        var deployment = await session.RequireOwnDeploymentAsync(request.DeploymentId, caller, ct);
        var model = await session.LoadAsync<TrainedModel>(deployment.ModelId, ct) ?? throw DeploymentAccess.NotFound();
        var from = clock.GetUtcNow().AddHours(-request.Hours);
        var logs = await session.Query<PredictionLog>().Where(l => l.DeploymentId == deployment.Id && l.At >= from && l.Status == 200)
            .OrderByDescending(l => l.At).Take(MaxLogs).ToListAsync(ct);
        var rows = logs.Sum(l => Math.Min(l.Rows, PredictRows.Kept));
        if (rows == 0)
            throw ProblemException.Conflict($"No successful predictions in the last {request.Hours} hours to compare with the training data.");

        var features = new List<FeatureDrift>();
        foreach (var baseline in model.Baselines)
        {
            var feature = model.Features.First(f => f.Name == baseline.Feature);
            IEnumerable<object?> inputs = baseline.Edges is not null
                ? logs.SelectMany(l => l.Numbers.GetValueOrDefault(feature.Name) ?? Enumerable.Repeat<double?>(null, Math.Min(l.Rows, PredictRows.Kept)).ToList()).Select(v => (object?)v)
                : logs.SelectMany(l => l.Texts.GetValueOrDefault(feature.Name) ?? Enumerable.Repeat<string?>(null, Math.Min(l.Rows, PredictRows.Kept)).ToList());
            var actual = ModelFitting.Shares(ModelFitting.Bins(feature, baseline.Edges, baseline.Values, inputs), baseline.Shares.Count);
            var psi = Math.Round(baseline.Shares.Zip(actual, (e, a) => (Math.Max(a, Floor) - Math.Max(e, Floor)) * Math.Log(Math.Max(a, Floor) / Math.Max(e, Floor))).Sum(), 6);
            var level = psi > request.Threshold ? "significant" : psi >= 0.1 ? "moderate" : "none";
            features.Add(new FeatureDrift(feature.Name, psi, psi > request.Threshold, level, baseline.Edges, baseline.Values, baseline.Shares, actual));
        }
        features = features.OrderByDescending(f => f.Psi).ToList();
        return new DriftReport(deployment.Id, model.Id, from, rows, request.Threshold, features.Any(f => f.Drift), features);
    }
}
