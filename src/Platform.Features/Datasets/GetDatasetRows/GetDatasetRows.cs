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
        RuleFor(x => x.Limit).GreaterThanOrEqualTo(1);
    }
}

/// <summary>Rows of a ready dataset in file order, as arrays; a limit above the cap gets the cap's worth, marked truncated.</summary>
public sealed class GetDatasetRowsHandler(IQuerySession session, DatasetFiles files, CurrentUser caller) : IRequestHandler<GetDatasetRows, RowsResponse>
{
    public async ValueTask<RowsResponse> Handle(GetDatasetRows request, CancellationToken ct)
    {
        var dataset = (await session.RequireReadableAsync(request.DatasetId, caller, ct)).RequireReady();
        if (dataset.Status != DatasetStatus.Ready)
            throw ProblemException.Conflict($"The dataset is {dataset.Status.ToString().ToLowerInvariant()}, not ready.");
        var limit = Math.Min(request.Limit, GetDatasetRowsValidator.MaxLimit);
        var rows = await Task.Run(() => DatasetReader.Read(files.Data(dataset), dataset.TableName, dataset.Columns, request.Offset, limit, dataset.RowCount), ct);
        return rows with { Truncated = request.Limit > limit && request.Offset + rows.Rows.Count < rows.Total };
    }
}
