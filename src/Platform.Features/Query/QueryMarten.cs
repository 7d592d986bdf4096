using Marten;

namespace Platform.Features.Query;

public sealed class QueryMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) =>
        options.Schema.For<SavedQuery>().Index(q => q.RoomId).Index(q => q.CreatedAt);
}
