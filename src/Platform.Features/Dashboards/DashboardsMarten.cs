using Marten;

namespace Platform.Features.Dashboards;

public sealed class DashboardsMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) =>
        // Optimistic concurrency backs the version check: two writers that both read version n cannot both save.
        options.Schema.For<Dashboard>().Index(d => d.OwnerId).Index(d => d.RoomId!).Index(d => d.OrganizationId!).UseOptimisticConcurrency(true);
}
