using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

public sealed record GetKnowledgeBase(Guid KnowledgeBaseId) : IRequest<KnowledgeBaseResponse>;

public sealed class GetKnowledgeBaseHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetKnowledgeBase, KnowledgeBaseResponse>
{
    public async ValueTask<KnowledgeBaseResponse> Handle(GetKnowledgeBase request, CancellationToken ct) =>
        await session.WithCountAsync(await session.RequireReadableAsync(request.KnowledgeBaseId, caller, ct), ct);
}
