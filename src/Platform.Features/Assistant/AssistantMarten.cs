using Marten;
using Marten.Schema;

namespace Platform.Features.Assistant;

public sealed class AssistantMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Schema.For<Conversation>().Index(c => c.OwnerId).Index(c => c.UpdatedAt)
            .UniqueIndex(UniqueIndexType.Computed, "conversation_owner_name", c => c.OwnerId, c => c.Name!);
        options.Schema.For<ConversationMessage>().Index(m => m.ConversationId).Index(m => m.Status);
        options.Schema.For<Agent>().Index(a => a.OwnerId).Index(a => a.OrganizationId!);
        options.Schema.For<AgentVersion>().Index(v => v.AgentId);
    }
}
