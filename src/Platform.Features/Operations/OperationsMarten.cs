using Marten;

namespace Platform.Features.Operations;

public sealed class OperationsMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Schema.For<LogExportSettings>();
}
