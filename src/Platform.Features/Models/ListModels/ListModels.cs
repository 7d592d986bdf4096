using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Datasets;

namespace Platform.Features.Models;

/// <param name="DatasetId">Only the models of this dataset (all of them, for whoever can read it).</param>
public sealed record ListModels(Guid? DatasetId, int Offset, int Limit) : IRequest<Page<ModelResponse>>, IPagedRequest;

/// <summary>My models, or a readable dataset's, newest first.</summary>
public sealed class ListModelsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListModels, Page<ModelResponse>>
{
    public async ValueTask<Page<ModelResponse>> Handle(ListModels request, CancellationToken ct)
    {
        IQueryable<TrainedModel> query = session.Query<TrainedModel>().Stats(out QueryStatistics stats);
        if (request.DatasetId is { } datasetId)
        {
            var dataset = await session.RequireReadableAsync(datasetId, caller, ct);
            query = query.Where(m => m.DatasetId == dataset.Id);
            if (dataset.OwnerId != caller.Id && !caller.IsAdmin)
            {
                // A room member sees the models trained while the dataset was in one of their rooms, if it still is.
                var rooms = await session.RoomsReadingAsync(dataset, caller, ct);
                var me = caller.Id;
                query = query.Where(m => m.OwnerId == me || m.RoomIds.Any(r => r.IsOneOf(rooms)));
            }
        }
        else
        {
            var me = caller.Id;
            query = query.Where(m => m.OwnerId == me);
        }
        var models = await query.OrderByDescending(m => m.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(models.Select(ModelResponse.From).ToList(), stats.TotalResults);
    }
}
