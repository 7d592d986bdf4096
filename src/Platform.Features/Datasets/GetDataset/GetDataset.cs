using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

public sealed record GetDataset(Guid DatasetId) : IRequest<DatasetResponse>;

public sealed class GetDatasetHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetDataset, DatasetResponse>
{
    public async ValueTask<DatasetResponse> Handle(GetDataset request, CancellationToken ct) =>
        DatasetResponse.From(await session.RequireReadableAsync(request.DatasetId, caller, ct));
}
