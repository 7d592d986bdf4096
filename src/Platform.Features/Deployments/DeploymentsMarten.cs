using Marten;

namespace Platform.Features.Deployments;

public sealed class DeploymentsMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<Deployment>().Index(d => d.OwnerId).Index(d => d.ModelId).UseOptimisticConcurrency(true);
        options.Schema.For<DeploymentKey>().Index(k => k.DeploymentId).UniqueIndex(k => k.Hash);
        options.Schema.For<PredictionLog>().Index(l => l.DeploymentId).Index(l => l.At);
    }
}
