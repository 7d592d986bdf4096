using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Deployments;

public sealed record GetPredictionLogs(Guid DeploymentId, int Limit) : IRequest<PredictionLogsResponse>;

/// <param name="Numbers">Inputs kept for drift (up to 100 rows per request): numbers, booleans as 1/0, dates as OLE automation days.</param>
public sealed record PredictionLogEntry(Guid Id, DateTimeOffset At, int Rows, double LatencyMs, int Status, string Caller, string? Error,
    IReadOnlyDictionary<string, List<double?>> Numbers, IReadOnlyDictionary<string, List<string?>> Texts);

public sealed record PredictionLogsResponse(IReadOnlyList<PredictionLogEntry> Items);

public sealed class GetPredictionLogsValidator : AbstractValidator<GetPredictionLogs>
{
    public GetPredictionLogsValidator() => RuleFor(x => x.Limit).InclusiveBetween(1, 1000);
}

public sealed class GetPredictionLogsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetPredictionLogs, PredictionLogsResponse>
{
    public async ValueTask<PredictionLogsResponse> Handle(GetPredictionLogs request, CancellationToken ct)
    {
        var deployment = await session.RequireOwnDeploymentAsync(request.DeploymentId, caller, ct);
        var logs = await session.Query<PredictionLog>().Where(l => l.DeploymentId == deployment.Id).OrderByDescending(l => l.At).Take(request.Limit).ToListAsync(ct);
        return new PredictionLogsResponse(logs.Select(l => new PredictionLogEntry(l.Id, l.At, l.Rows, l.LatencyMs, l.Status, l.Caller, l.Error, l.Numbers, l.Texts)).ToList());
    }
}
