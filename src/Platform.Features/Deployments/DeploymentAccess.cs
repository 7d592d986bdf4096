using Marten;
using Npgsql;
using Platform.Features.Common;
using Platform.Features.Models;

namespace Platform.Features.Deployments;

/// <summary>Deployments are their owner's (and administrators'); anyone else gets 404.</summary>
public static class DeploymentAccess
{
    public static async Task<Deployment> RequireOwnDeploymentAsync(this IQuerySession session, Guid deploymentId, CurrentUser caller, CancellationToken ct)
    {
        var deployment = await session.LoadAsync<Deployment>(deploymentId, ct);
        return deployment is not null && (deployment.OwnerId == caller.Id || caller.IsAdmin) ? deployment : throw NotFound();
    }

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "The deployment was not found.");

    /// <summary>
    /// Refuses one more enabled deployment beyond the owner's limit. Holds a transaction-scoped advisory lock
    /// on the owner until the session commits, so two concurrent requests cannot both take the last place.
    /// </summary>
    public static async Task RequireRoomForActiveAsync(this IDocumentSession session, Guid ownerId, Guid? except, int limit, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await using (var command = new NpgsqlCommand("select pg_advisory_xact_lock(hashtextextended($1, 0))", session.Connection))
        {
            command.Parameters.AddWithValue($"deployments:{ownerId}");
            await command.ExecuteNonQueryAsync(ct);
        }
        var active = await session.Query<Deployment>().CountAsync(d => d.OwnerId == ownerId && d.Enabled && d.Id != except, ct);
        if (active >= limit)
            throw ProblemException.Conflict($"At most {limit} deployments may be active at once; disable or delete one first.");
    }

    public static Deployment For(TrainedModel model, Guid ownerId, string name, DateTimeOffset now)
    {
        var deployment = new Deployment { Id = Guid.CreateVersion7(), OwnerId = ownerId, Name = name, Enabled = true, CreatedAt = now };
        deployment.Serve(model, now);
        return deployment;
    }

    /// <summary>Points the deployment at the model, keeping the snapshot of it that serving reads.</summary>
    public static void Serve(this Deployment deployment, TrainedModel model, DateTimeOffset now)
    {
        deployment.ModelId = model.Id;
        deployment.Task = model.Task;
        deployment.Target = model.Target;
        deployment.Algorithm = model.Algorithm;
        deployment.Features = model.Features;
        deployment.Classes = model.Classes;
        deployment.UpdatedAt = now;
    }

    /// <summary>The model as serving needs it.</summary>
    public static TrainedModel Model(this Deployment d) => new() { Id = d.ModelId, Task = d.Task, Target = d.Target, Features = d.Features, Classes = d.Classes };
}
