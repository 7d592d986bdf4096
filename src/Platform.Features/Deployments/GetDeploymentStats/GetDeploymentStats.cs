using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Deployments;

public sealed record GetDeploymentStats(Guid DeploymentId, int Hours) : IRequest<DeploymentStats>;

/// <param name="Errors">Requests answered with a 4xx or 5xx after reaching the model's checks.</param>
public sealed record StatsBucket(DateTimeOffset Hour, int Requests, long Rows, int Errors, double P50Ms, double P95Ms, double P99Ms);

public sealed record DeploymentStats(Guid DeploymentId, DateTimeOffset From, DateTimeOffset To, int Requests, long Rows, int Errors, double P50Ms, double P95Ms, double P99Ms, IReadOnlyList<StatsBucket> Hourly);

public sealed class GetDeploymentStatsValidator : AbstractValidator<GetDeploymentStats>
{
    public GetDeploymentStatsValidator() => RuleFor(x => x.Hours).InclusiveBetween(1, 24 * 7);
}

public sealed class GetDeploymentStatsHandler(IQuerySession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<GetDeploymentStats, DeploymentStats>
{
    public async ValueTask<DeploymentStats> Handle(GetDeploymentStats request, CancellationToken ct)
    {
        var deployment = await session.RequireOwnDeploymentAsync(request.DeploymentId, caller, ct);
        var to = clock.GetUtcNow();
        var from = to.AddHours(-request.Hours);
        var logs = (await session.Query<PredictionLog>().Where(l => l.DeploymentId == deployment.Id && l.At >= from)
            .Select(l => new { l.At, l.Rows, l.Status, l.LatencyMs }).ToListAsync(ct))
            .Select(l => (l.At, l.Rows, l.Status, l.LatencyMs)).ToList();
        var hourly = logs.GroupBy(l => new DateTimeOffset(l.At.UtcDateTime.Year, l.At.UtcDateTime.Month, l.At.UtcDateTime.Day, l.At.UtcDateTime.Hour, 0, 0, TimeSpan.Zero))
            .OrderBy(g => g.Key).Select(g => Bucket(g.Key, g.ToList())).ToList();
        var all = Bucket(from, logs);
        return new DeploymentStats(deployment.Id, from, to, all.Requests, all.Rows, all.Errors, all.P50Ms, all.P95Ms, all.P99Ms, hourly);
    }

    private static StatsBucket Bucket(DateTimeOffset hour, List<(DateTimeOffset At, int Rows, int Status, double LatencyMs)> logs)
    {
        var latencies = logs.Select(l => l.LatencyMs).Order().ToArray();
        double Percentile(double p) => latencies.Length == 0 ? 0 : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
        return new StatsBucket(hour, logs.Count, logs.Sum(l => (long)l.Rows), logs.Count(l => l.Status >= 400), Percentile(0.5), Percentile(0.95), Percentile(0.99));
    }
}
