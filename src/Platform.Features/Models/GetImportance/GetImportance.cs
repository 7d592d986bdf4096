using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Models;

public sealed record GetImportance(Guid ModelId) : IRequest<ImportanceResponse>;

/// <param name="Features">Most important first: the drop in <paramref name="Metric"/> when the column is shuffled.</param>
public sealed record ImportanceResponse(Guid ModelId, string Metric, IReadOnlyList<FeatureImportance> Features);

public sealed class GetImportanceHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetImportance, ImportanceResponse>
{
    public async ValueTask<ImportanceResponse> Handle(GetImportance request, CancellationToken ct)
    {
        var (model, report) = await session.RequireReportAsync(request.ModelId, caller, ct);
        return new ImportanceResponse(model.Id, ModelAlgorithms.For(model.Task).PrimaryMetric, report.Importance);
    }
}
