using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using JasperFx;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Jobs;

namespace Platform.Features.Automations;

/// <param name="Body">The delivery's bytes, as sent (signatures are over these).</param>
/// <param name="IdempotencyKey">The <c>Idempotency-Key</c> header: a repeated delivery with it starts no second run.</param>
/// <param name="Wait">Seconds to wait for the run to finish (0 to 30).</param>
public sealed record TriggerAutomationWebhook(Guid AutomationId, string? Token, string? Signature, string? IdempotencyKey, byte[] Body, int Wait)
    : IRequest<TriggeredRun>;

/// <param name="Finished">The run finished (done, failed, cancelled or waiting for approval) within the wait.</param>
/// <param name="Repeated">The delivery's key was seen before: this is the run it started then.</param>
public sealed record TriggeredRun(Guid RunId, string Status, bool Finished, bool Repeated, JobResponse? Run);

/// <summary>
/// A webhook delivery: the token names the automation's webhook, the signature (when required, or sent) proves the
/// body, the JSON body becomes the run's inputs; the run acts for the automation's owner.
/// </summary>
public sealed class TriggerAutomationWebhookHandler(
    IDocumentStore store, AutomationGraphCheck check, IRoomEvents roomEvents, JobDispatcher dispatcher, SecretProtection protection, TimeProvider clock)
    : IRequestHandler<TriggerAutomationWebhook, TriggeredRun>
{
    public const int MaxBodyBytes = 1024 * 1024;
    public const int MaxWaitSeconds = 30;

    public async ValueTask<TriggeredRun> Handle(TriggerAutomationWebhook request, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var automation = await session.LoadAsync<Automation>(request.AutomationId, ct);
        if (automation?.WebhookTrigger is not { } trigger || !AutomationWebhooks.TokenMatches(automation, request.Token))
            throw new ProblemException(StatusCodes.Status404NotFound, "Webhook not found", "No automation has a webhook with this id and token.");
        if ((trigger.RequireSignature == true || request.Signature is not null)
            && !AutomationWebhooks.SignatureMatches(automation, protection, request.Body, request.Signature))
            throw ProblemException.Unauthorized($"The {AutomationWebhooks.SignatureHeader} header does not sign this body (sha256=<hex of HMAC-SHA256 with the signing secret>).");
        if (!automation.Enabled) throw ProblemException.Conflict("The automation is disabled.");
        var inputs = Inputs(request.Body);

        var key = request.IdempotencyKey ?? (trigger.IdempotencyPath is { } path && JsonNode.Parse(inputs.GetRawText()) is JsonObject body
            ? JobPlaceholders.Resolve(new JsonObject { ["body"] = body }, "body." + path) switch
            {
                JsonValue v => v.ToString(),
                _ => null,
            }
            : null);
        if (key is { Length: > 200 }) throw new ProblemException(StatusCodes.Status400BadRequest, "Idempotency key too long", "An idempotency key may be at most 200 characters.");

        var now = clock.GetUtcNow();
        var run = AutomationRuns.Start(session, check, roomEvents, automation, automation.OwnerId, inputs, AutomationTriggerType.Webhook, now);
        var repeated = false;
        if (key is not null) session.Insert(new AutomationDelivery { Id = $"{automation.Id}:{key}", AutomationId = automation.Id, RunId = run.Id, At = now });
        try
        {
            await session.SaveChangesAsync(ct);
            dispatcher.JobsQueued();
        }
        catch (DocumentAlreadyExistsException) when (key is not null)
        {
            await using var again = store.QuerySession();
            var first = await again.LoadAsync<AutomationDelivery>($"{automation.Id}:{key}", ct);
            run = (first is null ? null : await again.LoadAsync<Job>(first.RunId, ct))
                ?? throw ProblemException.Conflict("The run this key started is gone; send the delivery with a new key.");
            repeated = true;
        }

        var deadline = now.AddSeconds(Math.Clamp(request.Wait, 0, MaxWaitSeconds));
        while (!JobStatus.IsSettled(run.Status) && clock.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), clock, ct);
            await using var read = store.QuerySession();
            run = await read.LoadAsync<Job>(run.Id, ct) ?? run;
        }
        var finished = JobStatus.IsSettled(run.Status);
        return new TriggeredRun(run.Id, run.Status, finished, repeated, request.Wait > 0 ? JobResponse.From(run) : null);
    }

    /// <summary>The body as the run's inputs: a JSON object, or an empty one for an empty body.</summary>
    private static JsonElement Inputs(byte[] body)
    {
        if (body.Length == 0 || body.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')) return JsonSerializer.SerializeToElement(new { });
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return document.RootElement.Clone();
        }
        catch (JsonException)
        {
        }
        throw new ProblemException(StatusCodes.Status400BadRequest, "Not a JSON object", "The body must be a JSON object: it becomes the run's inputs.");
    }
}
