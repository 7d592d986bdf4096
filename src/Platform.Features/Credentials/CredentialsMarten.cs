using Marten;

namespace Platform.Features.Credentials;

public sealed class CredentialsMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<Credential>().Index(c => c.CreatedBy).Index(c => c.OrganizationId);
        options.Schema.For<OrganizationDefaultCredential>().Index(d => d.CredentialId);
        options.Schema.For<CredentialUsageDay>().UseOptimisticConcurrency(true).Index(d => d.CredentialId);
    }
}
