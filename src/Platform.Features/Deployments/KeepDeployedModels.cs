using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Models;

namespace Platform.Features.Deployments;

/// <summary>A model that a deployment serves cannot be deleted from under it.</summary>
public sealed class KeepDeployedModels(IDocumentSession session) : INotificationHandler<ModelDeleting>
{
    public async ValueTask Handle(ModelDeleting notification, CancellationToken ct)
    {
        var names = await session.Query<Deployment>().Where(d => d.ModelId == notification.ModelId).Select(d => d.Name).ToListAsync(ct);
        if (names.Count > 0)
            throw ProblemException.Conflict($"The model is deployed as {string.Join(", ", names.Select(n => $"'{n}'"))}; delete those deployments first.");
    }
}
