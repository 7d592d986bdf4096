using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

public sealed record DeleteDataset(Guid DatasetId) : IRequest;

/// <summary>Deletes the metadata, then the files (a crash in between leaves only unreferenced files, never a dataset without data).</summary>
public sealed class DeleteDatasetHandler(IDocumentSession session, DatasetFiles files, CurrentUser caller) : IRequestHandler<DeleteDataset>
{
    public async ValueTask<Unit> Handle(DeleteDataset request, CancellationToken ct)
    {
        var dataset = await session.RequireOwnAsync(request.DatasetId, caller, ct);
        session.Delete(dataset);
        await session.SaveChangesAsync(ct);
        files.DeleteDataset(dataset.Id);
        return Unit.Value;
    }
}
