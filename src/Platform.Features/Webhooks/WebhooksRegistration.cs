using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Platform.Features.Common;
using Polly;

namespace Platform.Features.Webhooks;

public sealed class WebhooksRegistration : IAreaRegistration
{
    /// <summary>The address rules of webhooks: the platform's allowed hosts and automations' (the same rules as <c>http.request</c>).</summary>
    public const string OutboundClient = "webhooks";
    public const string DeliveryClient = "webhook-deliveries";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookOptions>(configuration.GetSection("Platform:Webhooks"));
        services.AddKeyedSingleton(OutboundClient, (_, _) => new OutboundHttp(configuration, ["Platform:Automations:AllowedHosts"]));
        // A connection that fails outright is tried again at once, twice; an answer (any status) is the receiver's and
        // waits for the delivery's own, growing pause. Each attempt has 10 s.
        services.AddHttpClient(DeliveryClient)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredKeyedService<OutboundHttp>(OutboundClient).NewHandler())
            .AddResilienceHandler("webhook-delivery", pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    Delay = TimeSpan.FromMilliseconds(200),
                    BackoffType = DelayBackoffType.Exponential,
                    ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Exception is HttpRequestException),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
    }
}
