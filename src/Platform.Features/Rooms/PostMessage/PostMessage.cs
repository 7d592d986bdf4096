using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Identity;

namespace Platform.Features.Rooms;

public sealed record PostMessageRequest(string Content);

public sealed record PostMessage(Guid RoomId, string Content) : IRequest<MessageResponse>;

public sealed record MessageResponse(Guid Id, Guid RoomId, Guid AuthorId, string? AuthorName, string Content, DateTimeOffset PostedAt)
{
    public static MessageResponse From(RoomMessage m, User? author) =>
        new(m.Id, m.RoomId, m.AuthorId, author?.DisplayName ?? (m.AuthorId == RoomChat.AssistantId ? RoomChat.AssistantName : null), m.Content, m.PostedAt);
}

public sealed class PostMessageValidator : AbstractValidator<PostMessage>
{
    public const int MaxLength = 4000;

    public PostMessageValidator() =>
        RuleFor(x => x.Content).NotEmpty().Must(c => c is null || c.Trim().Length > 0).WithMessage("'Content' must not be blank.").MaximumLength(MaxLength);
}

/// <summary>
/// Posts a chat message (editors and owners), appended to the room's stream. The stream is locked for the
/// transaction, so concurrent posts to a busy room wait their turn (milliseconds) instead of conflicting.
/// </summary>
public sealed class PostMessageHandler(IDocumentSession session, CurrentUser caller, PlatformEvents platformEvents, TimeProvider clock) : IRequestHandler<PostMessage, MessageResponse>
{
    public async ValueTask<MessageResponse> Handle(PostMessage request, CancellationToken ct)
    {
        var stream = await session.Events.FetchForExclusiveWriting<Room>(request.RoomId, ct);
        RoomAccess.Require(stream.Aggregate, caller, RoomRole.Editor);
        var posted = new MessagePosted(Guid.CreateVersion7(), caller.Id, request.Content.Trim(), clock.GetUtcNow());
        stream.AppendOne(posted);
        var author = await session.LoadAsync<User>(caller.Id, ct);
        var message = new MessageResponse(posted.MessageId, request.RoomId, caller.Id, author?.DisplayName, posted.Content, posted.PostedAt);
        await platformEvents.PublishAsync(session, PlatformEvents.RoomMessage, caller.Id, [request.RoomId], message, ct, fromJob: caller.InJob);
        await session.SaveChangesAsync(ct);
        return message;
    }
}
