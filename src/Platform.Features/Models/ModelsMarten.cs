using Marten;

namespace Platform.Features.Models;

public sealed class ModelsMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<TrainedModel>().Index(m => m.OwnerId).Index(m => m.DatasetId);
        options.Schema.For<ModelReport>();
        options.Schema.For<TuningRun>().Index(t => t.OwnerId);
    }
}
