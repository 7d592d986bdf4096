using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed record RetitleConversation(Guid ConversationId) : IRequest<ConversationResponse>;

/// <summary>Makes a conversation's title again from its first question: by the language model when one serves me, else at once from the question.</summary>
public sealed class RetitleConversationHandler(IDocumentSession session, CurrentUser caller, ILanguageModels models, TimeProvider clock)
    : IRequestHandler<RetitleConversation, ConversationResponse>
{
    public async ValueTask<ConversationResponse> Handle(RetitleConversation request, CancellationToken ct)
    {
        var conversation = await session.RequireOwnAsync(request.ConversationId, caller, ct);
        var messages = await session.Query<ConversationMessage>().Where(m => m.ConversationId == conversation.Id).ToListAsync(ct);
        var first = ConversationTree.PathTo(messages, conversation.ActiveMessageId).FirstOrDefault(m => m.Role == MessageRole.User)
                    ?? throw new ProblemException(StatusCodes.Status409Conflict, "Nothing to title", "The conversation has no question yet.");
        var refined = await models.ForAsync(caller.Id, ct) is { } model ? await ConversationTitles.RefineAsync(model, first.Content, ct) : null;
        conversation.Title = refined ?? ConversationTitles.FromQuestion(first.Content);
        conversation.TitleRefined = refined is not null;
        conversation.UpdatedAt = clock.GetUtcNow();
        session.Store(conversation);
        await session.SaveChangesAsync(ct);
        return ConversationResponse.From(conversation);
    }
}
