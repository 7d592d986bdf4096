using System.Diagnostics;
using System.Text.Json;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Models;

namespace Platform.Features.Deployments;

/// <param name="ApiKey">The X-Api-Key header; without it the caller must be the owner (bearer token).</param>
public sealed record Predict(Guid DeploymentId, string? ApiKey, IReadOnlyList<Dictionary<string, JsonElement>?>? Rows) : IRequest<PredictResponse>;

/// <param name="Rows">1 to 1,000 rows, each an object of input column to value (see the schema route).</param>
public sealed record PredictBody(IReadOnlyList<Dictionary<string, JsonElement>?>? Rows);

public sealed record PredictResponse(Guid DeploymentId, Guid ModelId, IReadOnlyList<Prediction> Predictions);

public static class PredictRows
{
    public const int Max = 1000;
    /// <summary>Rows of a request kept in its log for drift.</summary>
    public const int Kept = 100;
}

/// <summary>
/// Serves a deployment's model: authenticates the key (or the owner), checks every row against the model's
/// inputs, and transforms them with the model loaded once per instance (ML.NET transformers are safe to share
/// across threads). Each request is logged off the request path.
/// </summary>
public sealed class PredictHandler(IQuerySession session, CurrentUser caller, ModelFiles files, PredictionLogWriter logs, TimeProvider clock) : IRequestHandler<Predict, PredictResponse>
{
    public async ValueTask<PredictResponse> Handle(Predict request, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var batch = session.CreateBatchQuery();
        var deploymentLoad = batch.Load<Deployment>(request.DeploymentId);
        var hash = request.ApiKey is null ? "" : ApiKeys.Hash(request.ApiKey);
        var keyLoad = batch.Query<DeploymentKey>().Where(k => k.Hash == hash).SingleOrDefault();
        await batch.Execute(ct);
        var deployment = await deploymentLoad ?? throw DeploymentAccess.NotFound();
        var key = await keyLoad;

        if (request.ApiKey is not null)
        {
            if (key is null || key.DeploymentId != deployment.Id || key.RevokedAt is not null)
                throw ProblemException.Unauthorized("The API key is not valid for this deployment (unknown or revoked).");
        }
        else if (!caller.IsAuthenticated) throw ProblemException.Unauthorized("Send a key of the deployment in the X-Api-Key header, or the owner's bearer token.");
        else if (deployment.OwnerId != caller.Id && !caller.IsAdmin) throw DeploymentAccess.NotFound();
        if (!deployment.Enabled) throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "The deployment is disabled.");

        var model = deployment.Model();
        var log = new PredictionLog
        {
            Id = Guid.CreateVersion7(), DeploymentId = deployment.Id, At = clock.GetUtcNow(), Rows = request.Rows?.Count ?? 0, Status = StatusCodes.Status200OK,
            Caller = key is null ? "owner" : "key", KeyId = key?.Id,
        };
        try
        {
            if (request.Rows is not { Count: > 0 and <= PredictRows.Max } rows)
                throw Invalid($"Send 1 to {PredictRows.Max} rows.");
            if (rows.Any(r => r is null)) throw Invalid("Every row must be an object of input column to value.");
            var (inputs, problem) = ModelData.FromJson(model, rows!);
            if (problem is not null) throw Invalid(problem);
            var scored = files.Load(model.Id).Transform(ModelData.Frame(model, inputs!, Enumerable.Range(0, inputs!.Count).ToList(), withTargets: false));
            var predictions = ModelData.Predictions(scored, model);
            Keep(log, model, inputs);
            return new PredictResponse(deployment.Id, model.Id, predictions);
        }
        catch (ProblemException e)
        {
            log.Status = e.Status;
            log.Error = e.Detail;
            throw;
        }
        finally
        {
            log.LatencyMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3);
            logs.Write(log);
        }
    }

    private static ProblemException Invalid(string detail) => new(StatusCodes.Status400BadRequest, "Invalid rows", detail);

    private static void Keep(PredictionLog log, TrainedModel model, ModelRows rows)
    {
        var kept = Math.Min(rows.Count, PredictRows.Kept);
        for (var f = 0; f < model.Features.Count; f++)
        {
            var values = rows.Inputs[f].Take(kept);
            if (model.Features[f].Kind is FeatureKind.Number or FeatureKind.Boolean or FeatureKind.Date)
                log.Numbers[model.Features[f].Name] = values.Select(v => v switch { double d => d, bool b => b ? 1 : 0, DateTime t => t.ToOADate(), _ => (double?)null }).ToList();
            else log.Texts[model.Features[f].Name] = values.Select(v => v as string).ToList();
        }
    }
}
