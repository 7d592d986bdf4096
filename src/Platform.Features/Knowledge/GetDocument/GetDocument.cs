using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

public sealed record GetDocument(Guid KnowledgeBaseId, Guid DocumentId) : IRequest<DocumentResponse>;

public sealed class GetDocumentHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetDocument, DocumentResponse>
{
    public async ValueTask<DocumentResponse> Handle(GetDocument request, CancellationToken ct)
    {
        var knowledgeBase = await session.RequireReadableAsync(request.KnowledgeBaseId, caller, ct);
        return DocumentResponse.From(await session.RequireDocumentAsync(knowledgeBase, request.DocumentId, ct));
    }
}
