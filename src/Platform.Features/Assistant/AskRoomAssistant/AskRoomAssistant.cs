using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Assistant;

public sealed record AskRoomAssistantRequest(string Message);

public sealed record AskRoomAssistant(Guid RoomId, string Message) : IRequest<RoomAssistantTurn>;

/// <param name="RoomMessageId">The question as posted in the room's chat.</param>
/// <param name="MessageId">The answer's turn: <c>GET /api/chat/{messageId}/events</c> streams it to the asker; the room hears it as <c>assistant.*</c> events.</param>
public sealed record RoomAssistantTurn(Guid ConversationId, Guid MessageId, Guid RoomMessageId);

public sealed class AskRoomAssistantValidator : AbstractValidator<AskRoomAssistant>
{
    public AskRoomAssistantValidator() =>
        RuleFor(x => x.Message).NotEmpty().Must(m => m is null || m.Trim().Length > 0).WithMessage("'Message' must not be blank.").MaximumLength(PostMessageValidator.MaxLength);
}

/// <summary>
/// Asks the assistant in a room (those who may post there): the question goes into the room's chat, the turn runs over
/// the room's datasets in the asker's conversation with the room's assistant (so follow-ups work), its frames go out on
/// the room's stream, and the answer comes into the chat as the assistant's message.
/// </summary>
public sealed class AskRoomAssistantHandler(IDocumentSession session, IMediator mediator, CurrentUser caller, TimeProvider clock)
    : IRequestHandler<AskRoomAssistant, RoomAssistantTurn>
{
    public async ValueTask<RoomAssistantTurn> Handle(AskRoomAssistant request, CancellationToken ct)
    {
        var room = await session.RequireAsync(request.RoomId, caller, RoomRole.Editor, ct);
        var me = caller.Id;
        var conversation = await session.Query<Conversation>()
            .FirstOrDefaultAsync(c => c.OwnerId == me && c.RoomId == room.Id && c.RoomAssistant && c.DeletedAt == null, ct);
        if (conversation is null)
        {
            var now = clock.GetUtcNow();
            conversation = new Conversation
            {
                Id = Guid.CreateVersion7(), OwnerId = me, Title = ConversationTitles.FromQuestion($"Assistant in {room.Name}"), RoomId = room.Id, RoomAssistant = true,
                CreatedAt = now, UpdatedAt = now,
            };
            session.Insert(conversation);
            await session.SaveChangesAsync(ct);
        }
        var started = await mediator.Send(new SendChat(request.Message, conversation.Id), ct);
        var posted = await mediator.Send(new PostMessage(room.Id, request.Message), ct);
        return new RoomAssistantTurn(conversation.Id, started.MessageId, posted.Id);
    }
}
