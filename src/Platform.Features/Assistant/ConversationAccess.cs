using Marten;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <summary>A conversation is its owner's alone: anyone else, administrators included, is told it does not exist.</summary>
public static class ConversationAccess
{
    public static async Task<Conversation> RequireOwnAsync(this IQuerySession session, Guid conversationId, CurrentUser caller, CancellationToken ct) =>
        await session.LoadAsync<Conversation>(conversationId, ct) is { DeletedAt: null } conversation && conversation.OwnerId == caller.Id
            ? conversation
            : throw NotFound();

    /// <summary>A message of one of the caller's conversations (a deleted conversation's messages are gone with it).</summary>
    public static async Task<(ConversationMessage Message, Conversation Conversation)> RequireOwnMessageAsync(
        this IQuerySession session, Guid messageId, CurrentUser caller, CancellationToken ct)
    {
        if (await session.LoadAsync<ConversationMessage>(messageId, ct) is not { } message || message.OwnerId != caller.Id) throw MessageNotFound();
        var conversation = await session.LoadAsync<Conversation>(message.ConversationId, ct);
        return conversation is { DeletedAt: null } ? (message, conversation) : throw MessageNotFound();
    }

    public static ProblemException NotFound() => new(StatusCodes.Status404NotFound, "Not found", "The conversation was not found.");

    public static ProblemException MessageNotFound() => new(StatusCodes.Status404NotFound, "Not found", "The message was not found.");
}
