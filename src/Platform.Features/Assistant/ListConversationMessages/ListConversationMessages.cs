using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <param name="Before">Messages before this one of the branch (the next page up); left out, the branch's end.</param>
public sealed record ListConversationMessages(Guid ConversationId, Guid? Before, int Limit) : IRequest<ConversationMessagePage>, ILimitedRequest;

/// <param name="Total">Messages on the active branch.</param>
/// <param name="Before">Give this as <c>before</c> for the older messages; null when there are none.</param>
public sealed record ConversationMessagePage(IReadOnlyList<ConversationMessageResponse> Items, int Total, Guid? Before);

/// <summary>The active branch of a conversation, oldest first, a page at a time from its end; each message says how many siblings it has.</summary>
public sealed class ListConversationMessagesHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListConversationMessages, ConversationMessagePage>
{
    public async ValueTask<ConversationMessagePage> Handle(ListConversationMessages request, CancellationToken ct)
    {
        var conversation = await session.RequireOwnAsync(request.ConversationId, caller, ct);
        var messages = await session.Query<ConversationMessage>().Where(m => m.ConversationId == conversation.Id).ToListAsync(ct);
        var branch = ConversationTree.PathTo(messages, conversation.ActiveMessageId);
        var end = branch.Count;
        if (request.Before is { } before)
        {
            end = branch.FindIndex(m => m.Id == before);
            if (end < 0) throw new ProblemException(StatusCodes.Status400BadRequest, "Not on the branch", "'before' names no message of the active branch.");
        }
        var start = Math.Max(0, end - request.Limit);
        var byParent = messages.ToLookup(m => m.ParentId);
        var page = branch[start..end].Select(m => ConversationMessageResponse.From(m, ConversationTree.Siblings(byParent, m))).ToList();
        return new ConversationMessagePage(page, branch.Count, start > 0 ? branch[start].Id : null);
    }
}
