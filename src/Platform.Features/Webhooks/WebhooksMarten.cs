using Marten;

namespace Platform.Features.Webhooks;

public sealed class WebhooksMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<Webhook>().Index(w => w.OwnerId).Index(w => w.RoomId!);
        options.Schema.For<WebhookDelivery>().UseOptimisticConcurrency(true).Index(d => d.WebhookId).Index(d => d.Status).Index(d => d.NextAttemptAt);
    }
}
