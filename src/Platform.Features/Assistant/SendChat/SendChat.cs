using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <param name="Message">What the person says; left out only to regenerate an answer.</param>
/// <param name="ConversationId">The conversation to continue; left out, a new one begins.</param>
/// <param name="ParentMessageId">The answer this message follows (default: the end of the active branch); with regenerate, the question to answer again.</param>
/// <param name="EditMessageId">A question of mine to replace: the new message becomes its sibling, the old branch is kept.</param>
/// <param name="Regenerate">Answer the question again (a new sibling answer) instead of sending a message.</param>
/// <param name="RoomId">For a new conversation: work on this room's datasets.</param>
/// <param name="DatasetIds">For a new conversation: work on these datasets.</param>
/// <param name="AgentId">For a new conversation: talk to this agent.</param>
public sealed record SendChat(
    string? Message, Guid? ConversationId = null, Guid? ParentMessageId = null, Guid? EditMessageId = null, bool Regenerate = false, Guid? RoomId = null,
    IReadOnlyList<Guid>? DatasetIds = null, Guid? AgentId = null) : IRequest<TurnStarted>;

public sealed record TurnStarted(Guid ConversationId, Guid MessageId);

public sealed class SendChatValidator : AbstractValidator<SendChat>
{
    public const int MostDatasets = 20;

    public SendChatValidator(IOptions<AssistantOptions> options)
    {
        RuleFor(x => x.Message).NotEmpty().Must(m => m is null || m.Trim().Length > 0).WithMessage("'Message' must not be blank.")
            .MaximumLength(options.Value.MaxMessageLength).Unless(x => x.Regenerate);
        RuleFor(x => x.Message).Empty().When(x => x.Regenerate).WithMessage("Regenerating answers the same question again: send no message.");
        RuleFor(x => x.EditMessageId).Null().When(x => x.Regenerate || x.ParentMessageId is not null)
            .WithMessage("An edit replaces a question in place: give it without parentMessageId or regenerate.");
        RuleFor(x => x.DatasetIds).Must(d => d is null || d.Count <= MostDatasets).WithMessage($"At most {MostDatasets} datasets.");
        RuleFor(x => x).Must(x => x.ConversationId is null || (x.RoomId is null && x.DatasetIds is null && x.AgentId is null)).WithName("conversationId")
            .WithMessage("A conversation keeps the agent, room and datasets it began with: give agentId, roomId or datasetIds only for a new one.");
        RuleFor(x => x).Must(x => x.ConversationId is not null || !x.Regenerate && x.ParentMessageId is null && x.EditMessageId is null).WithName("conversationId")
            .WithMessage("Name the conversation the message belongs to.");
    }
}

/// <summary>
/// Starts a turn: the question is kept (as a new message, an edit's sibling, or the same one again when regenerating),
/// its answer is saved as running with a lease, <c>turn.started</c> is its first frame, and the turn runs on the server.
/// </summary>
public sealed class SendChatHandler(
    IDocumentSession session, CurrentUser caller, IHttpContextAccessor http, ResumableStreams streams, AssistantTurns turns, WorkLeases leases, RoomRelay relay,
    TimeProvider clock)
    : IRequestHandler<SendChat, TurnStarted>
{
    public async ValueTask<TurnStarted> Handle(SendChat request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var conversation = request.ConversationId is { } id ? await session.RequireOwnAsync(id, caller, ct) : await BeginAsync(request, now, ct);
        var isNew = request.ConversationId is null;
        var messages = isNew ? [] : await session.Query<ConversationMessage>().Where(m => m.ConversationId == conversation.Id).ToListAsync(ct);
        var byId = messages.ToDictionary(m => m.Id);

        ConversationMessage question;
        if (request.Regenerate)
        {
            var questionId = request.ParentMessageId ?? conversation.ActiveMessageId switch
            {
                { } active when byId[active].Role == MessageRole.Assistant => byId[active].ParentId,
                var active => active,
            };
            question = questionId is { } q && byId.TryGetValue(q, out var found) && found.Role == MessageRole.User
                ? found
                : throw new ProblemException(StatusCodes.Status400BadRequest, "Nothing to regenerate", "Name a question of this conversation (parentMessageId) to answer again.");
        }
        else
        {
            Guid? parentId;
            if (request.EditMessageId is { } edited)
                parentId = byId.TryGetValue(edited, out var old) && old.Role == MessageRole.User
                    ? old.ParentId
                    : throw new ProblemException(StatusCodes.Status400BadRequest, "Not a question", "Only a question of this conversation can be edited.");
            else
            {
                parentId = request.ParentMessageId ?? conversation.ActiveMessageId;
                if (parentId is { } p && !(byId.TryGetValue(p, out var parent) && parent.Role == MessageRole.Assistant))
                    throw new ProblemException(StatusCodes.Status400BadRequest, "Not an answer", "A message follows an answer of this conversation (parentMessageId).");
                if (parentId is { } running && byId[running].Status == TurnStatus.Running)
                    throw new ProblemException(StatusCodes.Status409Conflict, "Still answering", "The answer before is still being written: wait for it or cancel it.");
            }
            question = new ConversationMessage
            {
                Id = Guid.CreateVersion7(), ConversationId = conversation.Id, OwnerId = caller.Id, ParentId = parentId, Role = MessageRole.User,
                Content = request.Message!.Trim(), Status = TurnStatus.Complete, CreatedAt = now, CompletedAt = now,
            };
            session.Insert(question);
        }

        var answer = new ConversationMessage
        {
            Id = Guid.CreateVersion7(), ConversationId = conversation.Id, OwnerId = caller.Id, ParentId = question.Id, Role = MessageRole.Assistant,
            Status = TurnStatus.Running, CreatedAt = now,
        };
        session.Insert(answer);
        session.Store(leases.Take(answer.Id));
        conversation.ActiveMessageId = answer.Id;
        conversation.UpdatedAt = now;
        session.Store(conversation);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch
        {
            leases.Release(answer.Id);
            throw;
        }

        var frames = new TurnFrames(streams, answer.Id, conversation is { RoomAssistant: true, RoomId: { } room } ? relay.For(room) : null);
        await frames.WriteAsync("turn.started", new { conversationId = conversation.Id, questionId = question.Id, parentMessageId = question.ParentId, regenerate = request.Regenerate });
        if (isNew) await frames.WriteAsync("title", new { conversationId = conversation.Id, title = conversation.Title });
        turns.Start(answer.Id, question.Content, http.HttpContext!.User, frames);
        return new TurnStarted(conversation.Id, answer.Id);
    }

    private async Task<Conversation> BeginAsync(SendChat request, DateTimeOffset now, CancellationToken ct)
    {
        var (agent, roomId, datasetIds) = await ConversationStart.ResolveAsync(session, caller, request.AgentId, request.RoomId, request.DatasetIds, ct);
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, Title = ConversationTitles.FromQuestion(request.Message!), Agent = agent, RoomId = roomId,
            DatasetIds = datasetIds, CreatedAt = now, UpdatedAt = now,
        };
        session.Insert(conversation);
        return conversation;
    }
}
