using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Models;

public sealed record GetErrorAnalysis(Guid ModelId) : IRequest<ErrorAnalysisResponse>;

/// <param name="Worst">The held-out rows predicted worst (classification: the wrong ones, least confident in the truth first).</param>
/// <param name="Segments">Error per value of each category input, worst first.</param>
public sealed record ErrorAnalysisResponse(Guid ModelId, ModelTask Task, string ErrorMeasure, IReadOnlyList<WorstPrediction> Worst, IReadOnlyList<SegmentError> Segments);

public sealed class GetErrorAnalysisHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetErrorAnalysis, ErrorAnalysisResponse>
{
    public async ValueTask<ErrorAnalysisResponse> Handle(GetErrorAnalysis request, CancellationToken ct)
    {
        var (model, report) = await session.RequireReportAsync(request.ModelId, caller, ct);
        return new ErrorAnalysisResponse(model.Id, model.Task, model.Task == ModelTask.Regression ? "absoluteError" : "errorRate", report.WorstPredictions, report.Segments);
    }
}
