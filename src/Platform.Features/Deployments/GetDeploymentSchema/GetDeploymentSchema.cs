using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Models;

namespace Platform.Features.Deployments;

public sealed record GetDeploymentSchema(Guid DeploymentId) : IRequest<DeploymentSchema>;

/// <param name="Kind">number, boolean, date (ISO 8601 text), category, hashed or text: what a row's value for it must be.</param>
/// <param name="Type">The dataset column's type when the model was trained.</param>
/// <param name="Categories">For categories: the values the model knows (others count as unseen).</param>
public sealed record SchemaInput(string Name, FeatureKind Kind, string Type, string Expects, IReadOnlyList<string>? Categories);

/// <param name="Inputs">Every column a row may hold; a missing column or null is a missing value.</param>
public sealed record DeploymentSchema(Guid DeploymentId, Guid ModelId, ModelTask Task, string Target, IReadOnlyList<string> Classes, IReadOnlyList<SchemaInput> Inputs, int MaxRows);

public sealed class GetDeploymentSchemaHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetDeploymentSchema, DeploymentSchema>
{
    public async ValueTask<DeploymentSchema> Handle(GetDeploymentSchema request, CancellationToken ct)
    {
        var d = await session.RequireOwnDeploymentAsync(request.DeploymentId, caller, ct);
        return new DeploymentSchema(d.Id, d.ModelId, d.Task, d.Target, d.Classes,
            d.Features.Select(f => new SchemaInput(f.Name, f.Kind, f.Type, PredictionInput.Expected(f.Kind), f.Categories?.Take(50).ToList())).ToList(), PredictRows.Max);
    }
}
