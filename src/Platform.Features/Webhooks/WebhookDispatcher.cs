using Marten;
using Marten.Patching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Features.Webhooks;

/// <summary>
/// Runs in every instance: claims deliveries that are due (under the delivery's version, so one instance sends each
/// attempt), sends them, and records the attempt: delivered, or due again after a pause that doubles each time, or
/// failed once its attempts are spent. A webhook whose deliveries keep failing is disabled with the reason.
/// </summary>
public sealed class WebhookDispatcher(IDocumentStore store, WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Claim = TimeSpan.FromSeconds(30);
    private readonly WebhookOptions _options = options.Value;
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private readonly string _instance = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>New deliveries were committed here: look at once instead of at the next poll.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var poll = TimeSpan.FromMilliseconds(Math.Max(10, _options.PollIntervalMs));
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (await RoundAsync(stop) == 0) await _wake.WaitAsync(poll, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The webhook dispatcher hit a problem; it carries on");
                await Task.Delay(poll, clock, stop).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    private async Task<int> RoundAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var query = store.QuerySession())
            due = (await query.Query<WebhookDelivery>()
                .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now))
                .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(Math.Max(1, _options.Concurrency) * 4).ToListAsync(ct)).ToList();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Concurrency), CancellationToken = ct },
            async (id, token) => await DeliverAsync(id, token));
        return due.Count;
    }

    private async Task DeliverAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<WebhookDelivery>(id, ct) is not { Status: WebhookDeliveryStatus.Pending } delivery
            || delivery.NextAttemptAt > now || delivery.ClaimedUntil >= now) return;
        delivery.ClaimedBy = _instance;
        delivery.ClaimedUntil = now + Claim;
        session.Update(delivery);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException)
        {
            return;
        }

        var webhook = await session.LoadAsync<Webhook>(delivery.WebhookId, ct);
        var attempt = webhook is { Enabled: true }
            ? await sender.SendAsync(webhook, delivery, ct)
            : new WebhookAttempt(delivery.Attempts.Count + 1, now, null, webhook is null ? "The webhook was deleted." : "The webhook is disabled.", 0);
        var spent = webhook is not { Enabled: true } || delivery.AttemptsThisRound() + 1 >= Math.Max(1, _options.MaxAttempts);
        await using var record = store.LightweightSession();
        var failedForGood = Record(record, delivery, attempt, spent, webhook?.Id);
        await record.SaveChangesAsync(CancellationToken.None);
        if (failedForGood && webhook is not null) await DisableIfFailingAsync(webhook.Id, attempt.Error!);
    }

    /// <summary>Adds the attempt and moves the delivery on; true when it failed for good.</summary>
    public bool Record(IDocumentSession session, WebhookDelivery delivery, WebhookAttempt attempt, bool spent, Guid? webhookId)
    {
        delivery.Attempts.Add(attempt);
        delivery.ClaimedBy = null;
        delivery.ClaimedUntil = null;
        var failedForGood = false;
        if (attempt.Error is null)
        {
            delivery.Status = WebhookDeliveryStatus.Delivered;
            delivery.DeliveredAt = attempt.At;
            if (webhookId is { } id) session.Patch<Webhook>(id).Set(w => w.ConsecutiveFailures, 0);
        }
        else if (spent)
        {
            delivery.Status = WebhookDeliveryStatus.Failed;
            if (webhookId is { } id) session.Patch<Webhook>(id).Increment(w => w.ConsecutiveFailures);
            failedForGood = true;
        }
        else
        {
            var pause = TimeSpan.FromMilliseconds(Math.Min(_options.RetryMaxMs, _options.RetryBaseMs * Math.Pow(2, delivery.AttemptsThisRound() - 1)));
            delivery.NextAttemptAt = clock.GetUtcNow() + pause;
        }
        session.Update(delivery);
        return failedForGood;
    }

    private async Task DisableIfFailingAsync(Guid webhookId, string lastError)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<Webhook>(webhookId) is not { Enabled: true } webhook || webhook.ConsecutiveFailures < _options.DisableAfterFailures) return;
        session.Patch<Webhook>(webhookId).Set(w => w.Enabled, false);
        session.Patch<Webhook>(webhookId).Set(w => w.DisabledReason,
            $"Disabled after {webhook.ConsecutiveFailures} deliveries in a row failed every attempt; the last: {lastError} Enable it again with PATCH once the receiver works.");
        await session.SaveChangesAsync();
        logger.LogWarning("Webhook {WebhookId} was disabled after {Failures} failed deliveries", webhookId, webhook.ConsecutiveFailures);
    }
}
