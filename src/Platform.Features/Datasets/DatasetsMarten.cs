using Marten;

namespace Platform.Features.Datasets;

public sealed class DatasetsMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) =>
        options.Schema.For<Dataset>().Index(d => d.OwnerId).UniqueIndex(d => d.TableName).GinIndexJsonData();
}
