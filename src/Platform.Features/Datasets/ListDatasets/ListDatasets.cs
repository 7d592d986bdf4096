using FluentValidation;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

public sealed record ListDatasets(int Offset, int Limit) : IRequest<Page<DatasetResponse>>;

public sealed class ListDatasetsValidator : AbstractValidator<ListDatasets>
{
    public ListDatasetsValidator()
    {
        RuleFor(x => x.Offset).ValidOffset();
        RuleFor(x => x.Limit).ValidLimit();
    }
}

/// <summary>My datasets, newest first.</summary>
public sealed class ListDatasetsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListDatasets, Page<DatasetResponse>>
{
    public async ValueTask<Page<DatasetResponse>> Handle(ListDatasets request, CancellationToken ct)
    {
        var me = caller.Id;
        var datasets = await session.Query<Dataset>().Stats(out QueryStatistics stats).Where(d => d.OwnerId == me)
            .OrderByDescending(d => d.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(datasets.Select(DatasetResponse.From).ToList(), stats.TotalResults);
    }
}
