using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

public sealed record DeleteDocument(Guid KnowledgeBaseId, Guid DocumentId) : IRequest;

/// <summary>Deletes a document, every version of it, from a knowledge base (its managers).</summary>
public sealed class DeleteDocumentHandler(IDocumentSession session, KnowledgeRemoval removal, CurrentUser caller) : IRequestHandler<DeleteDocument>
{
    public async ValueTask<Unit> Handle(DeleteDocument request, CancellationToken ct)
    {
        var knowledgeBase = await session.RequireManagedAsync(request.KnowledgeBaseId, caller, ct);
        var document = await session.RequireDocumentAsync(knowledgeBase, request.DocumentId, ct);
        var deleteFiles = await removal.DeleteDocumentAsync(session, document, ct);
        await session.SaveChangesAsync(ct);
        deleteFiles();
        return Unit.Value;
    }
}
