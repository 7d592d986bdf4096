using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Common;

namespace Platform.Features.Webhooks;

/// <summary>One attempt at a delivery: signed headers, the stored body, the outbound address rules, a 10 s limit.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, [FromKeyedServices(WebhooksRegistration.OutboundClient)] OutboundHttp outbound, SecretProtection protection, TimeProvider clock)
{
    public async Task<WebhookAttempt> SendAsync(Webhook webhook, WebhookDelivery delivery, CancellationToken ct)
    {
        var number = delivery.Attempts.Count + 1;
        var at = clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        WebhookAttempt Attempt(int? status, string? error) => new(number, at, status, error, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (outbound.Refusal(webhook.Url) is { } refusal) return Attempt(null, $"Will not call {webhook.Url}: {refusal}.");
        var timestamp = at.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", delivery.MessageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString());
        request.Headers.Add("webhook-signature", WebhookSigning.Sign(protection.Unprotect(webhook.ProtectedSecret), delivery.MessageId, timestamp, delivery.Body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Platform-Webhooks", "1.0"));
        try
        {
            using var response = await clients.CreateClient(WebhooksRegistration.DeliveryClient).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode) return Attempt(status, null);
            var text = await response.Content.ReadAsStringAsync(ct);
            return Attempt(status, $"Answered {status}{(text.Length > 0 ? ": " + (text.Length <= 200 ? text : text[..200] + "…") : "")}.");
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return Attempt(null, e is HttpRequestException ? e.Message : "No answer within 10 s.");
        }
    }
}
