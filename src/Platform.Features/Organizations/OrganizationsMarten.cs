using Marten;

namespace Platform.Features.Organizations;

public sealed class OrganizationsMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) =>
        options.Schema.For<Organization>().UseOptimisticConcurrency(true).GinIndexJsonData();
}
