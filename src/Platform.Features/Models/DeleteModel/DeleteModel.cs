using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Models;

public sealed record DeleteModel(Guid ModelId) : IRequest;

/// <summary>Published before a model is deleted, in the deleting session: areas that refer to models object (throw) or clean up.</summary>
public sealed record ModelDeleting(Guid ModelId) : INotification;

public sealed class DeleteModelHandler(IDocumentSession session, CurrentUser caller, ModelFiles files, IPublisher publisher) : IRequestHandler<DeleteModel>
{
    public async ValueTask<Unit> Handle(DeleteModel request, CancellationToken ct)
    {
        var model = await session.RequireOwnModelAsync(request.ModelId, caller, ct);
        await publisher.Publish(new ModelDeleting(model.Id), ct);
        session.Delete(model);
        session.Delete<ModelReport>(model.Id);
        await session.SaveChangesAsync(ct);
        files.Delete(model.Id);
        return Unit.Value;
    }
}
