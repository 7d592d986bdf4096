using Marten;

namespace Platform.Features.Knowledge;

public sealed class KnowledgeMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<KnowledgeBase>().Index(k => k.OwnerId).Index(k => k.OrganizationId!).GinIndexJsonData().UseOptimisticConcurrency(true);
        // Optimistic concurrency: a document deleted while it is indexed is not written back by the indexer.
        options.Schema.For<KnowledgeDocument>().Index(d => d.KnowledgeBaseId).Index(d => d.ContentHash).UseOptimisticConcurrency(true);
        options.Storage.ExtendedSchemaObjects.Add(KnowledgeChunks.Table(options.DatabaseSchemaName));
    }
}
