using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Models;

public sealed record GetEvaluation(Guid ModelId) : IRequest<EvaluationResponse>;

/// <param name="ConfusionMatrix">Classification: counts of actual (rows) against predicted (columns) classes.</param>
/// <param name="Residuals">Regression: the distribution of actual minus predicted.</param>
public sealed record EvaluationResponse(Guid ModelId, ModelTask Task, IReadOnlyDictionary<string, double> Metrics, string PrimaryMetric, long TestRowCount, ConfusionMatrix? ConfusionMatrix, ResidualSummary? Residuals);

public sealed class GetEvaluationHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetEvaluation, EvaluationResponse>
{
    public async ValueTask<EvaluationResponse> Handle(GetEvaluation request, CancellationToken ct)
    {
        var (model, report) = await session.RequireReportAsync(request.ModelId, caller, ct);
        return new EvaluationResponse(model.Id, model.Task, model.Metrics, ModelAlgorithms.For(model.Task).PrimaryMetric, model.TestRowCount, report.ConfusionMatrix, report.Residuals);
    }
}
