using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed record BranchConversationRequest(Guid MessageId);

public sealed record BranchConversation(Guid ConversationId, Guid MessageId) : IRequest<ConversationResponse>;

/// <summary>A new conversation holding copies of the path to a message (its turns' frames copied with them), to go on from there apart.</summary>
public sealed class BranchConversationHandler(IDocumentSession session, CurrentUser caller, ResumableStreams streams, TimeProvider clock)
    : IRequestHandler<BranchConversation, ConversationResponse>
{
    public async ValueTask<ConversationResponse> Handle(BranchConversation request, CancellationToken ct)
    {
        var source = await session.RequireOwnAsync(request.ConversationId, caller, ct);
        var messages = await session.Query<ConversationMessage>().Where(m => m.ConversationId == source.Id).ToListAsync(ct);
        if (messages.All(m => m.Id != request.MessageId)) throw new ProblemException(StatusCodes.Status400BadRequest, "Not in this conversation", "The message is not part of this conversation.");
        var path = ConversationTree.PathTo(messages, request.MessageId);
        if (path.Any(m => m.Status == TurnStatus.Running)) throw new ProblemException(StatusCodes.Status409Conflict, "Still answering", "Branch once the answer has ended.");
        var now = clock.GetUtcNow();
        var branch = new Conversation
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, Title = ConversationTitles.Branch(source.Title), Agent = source.Agent, RoomId = source.RoomId, DatasetIds = source.DatasetIds,
            CreatedAt = now, UpdatedAt = now,
        };
        Guid? parent = null;
        foreach (var message in path)
        {
            var copy = new ConversationMessage
            {
                Id = Guid.CreateVersion7(), ConversationId = branch.Id, OwnerId = caller.Id, ParentId = parent, Role = message.Role, Content = message.Content,
                Status = message.Status, FinishReason = message.FinishReason, Engine = message.Engine, ToolCalls = message.ToolCalls, Artifacts = message.Artifacts,
                Context = message.Context, CreatedAt = message.CreatedAt, CompletedAt = message.CompletedAt,
            };
            session.Insert(copy);
            if (message.Role == MessageRole.Assistant) streams.Copy(session, message.Id, copy.Id);
            parent = copy.Id;
        }
        branch.ActiveMessageId = parent;
        session.Insert(branch);
        await session.SaveChangesAsync(ct);
        return ConversationResponse.From(branch);
    }
}
