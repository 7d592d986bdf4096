using Marten;

namespace Platform.Features.Automations;

public sealed class AutomationsMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<Automation>().UseOptimisticConcurrency(true).Index(a => a.OwnerId).Index(a => a.RoomId!);
        options.Schema.For<AutomationVersion>().Index(v => v.AutomationId);
        options.Schema.For<AutomationDelivery>().Index(d => d.AutomationId);
    }
}
