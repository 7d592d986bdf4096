using System.Diagnostics;
using System.Text.Json;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Models;

namespace Platform.Features.Deployments;

/// <param name="ApiKey">The X-Api-Key header; without it the caller must be the owner (bearer token).</param>
/// <param name="Body">The request body (a <see cref="PredictBody"/>), read only once the caller is known to be allowed.</param>
public sealed record Predict(Guid DeploymentId, string? ApiKey, HttpRequest Body) : IRequest<PredictResponse>;

/// <param name="Rows">1 to 1,000 rows, each an object of input column to value (see the schema route).</param>
public sealed record PredictBody(IReadOnlyList<Dictionary<string, JsonElement>?>? Rows);

public sealed record PredictResponse(Guid DeploymentId, Guid ModelId, IReadOnlyList<Prediction> Predictions);

public static class PredictRows
{
    public const int Max = 1000;
    /// <summary>Largest body read (413 beyond); 1,000 rows of a few dozen columns fit.</summary>
    public const int MaxBodyBytes = 1024 * 1024;
    /// <summary>Rows of a request kept in its log for drift.</summary>
    public const int Kept = 100;
}

/// <summary>
/// Serves a deployment's model: authenticates the key (or the owner), checks every row against the model's
/// inputs, and scores them with the model's scorer kept per instance (<see cref="ModelFiles.Predict"/>). Each
/// request is logged off the request path. The body is read only after the key is checked, and a client whose
/// calls are refused (unknown deployment, bad key) is slowed down by address.
/// </summary>
public sealed class PredictHandler(
    IQuerySession session, CurrentUser caller, DeploymentGrants grants, ModelFiles files, PredictionLogWriter logs, RefusedPredictionThrottle refusals, TimeProvider clock)
    : IRequestHandler<Predict, PredictResponse>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict };

    public async ValueTask<PredictResponse> Handle(Predict request, CancellationToken ct)
    {
        refusals.EnsureAllowed(caller.ClientAddress);
        try
        {
            return await PredictAsync(request, ct);
        }
        catch (ProblemException e) when (e.Status is StatusCodes.Status401Unauthorized or StatusCodes.Status404NotFound)
        {
            refusals.RecordRefusal(caller.ClientAddress);
            throw;
        }
    }

    private async Task<PredictResponse> PredictAsync(Predict request, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var (deployment, key) = await grants.FindAsync(session, request.DeploymentId, request.ApiKey is null ? null : ApiKeys.Hash(request.ApiKey), ct);
        if (deployment is null) throw DeploymentAccess.NotFound();
        if (request.ApiKey is not null)
        {
            if (key is null || key.DeploymentId != deployment.Id)
                throw ProblemException.Unauthorized("The API key is not valid for this deployment (unknown or revoked).");
        }
        else if (!caller.IsAuthenticated) throw ProblemException.Unauthorized("Send a key of the deployment in the X-Api-Key header, or the owner's bearer token.");
        else if (deployment.OwnerId != caller.Id && !caller.IsAdmin) throw DeploymentAccess.NotFound();
        if (!deployment.Enabled) throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "The deployment is disabled.");

        var model = deployment.Model;
        var log = new PredictionLog
        {
            Id = Guid.CreateVersion7(), DeploymentId = deployment.Id, At = clock.GetUtcNow(), Status = StatusCodes.Status200OK,
            Caller = key is null ? "owner" : "key", KeyId = key?.Id,
        };
        try
        {
            var body = await ReadBodyAsync(request.Body, ct);
            log.Rows = body.Rows?.Count ?? 0;
            if (body.Rows is not { Count: > 0 and <= PredictRows.Max } rows)
                throw Invalid($"Send 1 to {PredictRows.Max} rows.");
            if (rows.Any(r => r is null)) throw Invalid("Every row must be an object of input column to value.");
            var (inputs, problem) = PredictionInput.FromJson(model, rows!);
            if (problem is not null) throw Invalid(problem);
            var predictions = files.Predict(model, inputs!);
            Keep(log, model, inputs!);
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
            var elapsed = Stopwatch.GetElapsedTime(started);
            log.LatencyMs = Math.Round(elapsed.TotalMilliseconds, 3);
            logs.Write(log);
            var status = new KeyValuePair<string, object?>("status", log.Status);
            if (log.Status == StatusCodes.Status200OK) PlatformMetrics.Predictions.Add(log.Rows);
            PlatformMetrics.PredictDuration.Record(elapsed.TotalSeconds, status);
        }
    }

    private static ProblemException Invalid(string detail) => new(StatusCodes.Status400BadRequest, "Invalid rows", detail);

    private static async Task<PredictBody> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > PredictRows.MaxBodyBytes) throw TooLarge();
        if (!request.HasJsonContentType())
            throw new ProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the rows as application/json.");
        var body = await CappedReads.ReadAsync(request.Body, request.ContentLength, PredictRows.MaxBodyBytes, TooLarge, ct);
        try
        {
            return JsonSerializer.Deserialize<PredictBody>(body.AsSpan(), Json) ?? throw Invalid("The body is empty.");
        }
        catch (JsonException e)
        {
            throw Invalid($"The body is not valid JSON of the expected shape: {e.Message}");
        }
    }

    private static ProblemException TooLarge() => new(StatusCodes.Status413PayloadTooLarge, "Request too large",
        $"A prediction request may be at most {PredictRows.MaxBodyBytes / 1024} KB; send fewer rows per request.");

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
