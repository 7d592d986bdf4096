using Marten;

namespace Platform.Features.Audit;

public sealed class AuditMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<AuditEntry>().Duplicate(e => e.At).Duplicate(e => e.Sequence).Index(e => e.OrganizationId).Index(e => e.ActorId);
        options.Listeners.Add(services.GetRequiredService<AuditRecorder>());
    }
}
