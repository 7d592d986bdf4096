using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

public sealed record GetDatasetRows(Guid DatasetId, long Offset, int Limit) : IRequest<RowsResponse>;

public sealed class GetDatasetRowsValidator : AbstractValidator<GetDatasetRows>
{
    public const int MaxLimit = 1000;

    public GetDatasetRowsValidator()
    {
        RuleFor(x => x.Offset).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Limit).InclusiveBetween(1, MaxLimit);
    }
}

/// <summary>Rows of a ready dataset in file order, as arrays.</summary>
public sealed class GetDatasetRowsHandler(IQuerySession session, DatasetFiles files, CurrentUser caller) : IRequestHandler<GetDatasetRows, RowsResponse>
{
    public async ValueTask<RowsResponse> Handle(GetDatasetRows request, CancellationToken ct)
    {
        var dataset = (await session.RequireReadableAsync(request.DatasetId, caller, ct)).RequireReady();
        if (dataset.Status != DatasetStatus.Ready)
            throw ProblemException.Conflict($"The dataset is {dataset.Status.ToString().ToLowerInvariant()}, not ready.");
        return await Task.Run(() => DatasetReader.Read(files.Data(dataset), dataset.TableName, dataset.Columns, request.Offset, request.Limit, dataset.RowCount), ct);
    }
}
