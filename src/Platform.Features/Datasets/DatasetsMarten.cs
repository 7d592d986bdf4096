using Marten;

namespace Platform.Features.Datasets;

public sealed class DatasetsMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        // Optimistic concurrency: two writers of one dataset (reuploads, renames, links) cannot both win.
        options.Schema.For<Dataset>().Index(d => d.OwnerId).Index(d => d.OrganizationId!).UniqueIndex(d => d.TableName).GinIndexJsonData().UseOptimisticConcurrency(true);
    }
}
