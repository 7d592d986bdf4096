using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <param name="Name">A new unique name; an empty string takes the name away.</param>
/// <param name="ActiveMessageId">Show the branch through this message (to its newest end): how a client switches between edits and regenerated answers.</param>
public sealed record UpdateConversationRequest(string? Title = null, string? Name = null, Guid? ActiveMessageId = null);

public sealed record UpdateConversation(Guid ConversationId, UpdateConversationRequest Request) : IRequest<ConversationResponse>;

public sealed class UpdateConversationValidator : AbstractValidator<UpdateConversation>
{
    public UpdateConversationValidator()
    {
        RuleFor(x => x.Request.Title).MaximumLength(200).Must(t => t is null || t.Trim().Length > 0).WithMessage("'Title' must not be blank.").OverridePropertyName("title");
        RuleFor(x => x.Request.Name).MaximumLength(200).OverridePropertyName("name");
    }
}

public sealed class UpdateConversationHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateConversation, ConversationResponse>
{
    public async ValueTask<ConversationResponse> Handle(UpdateConversation request, CancellationToken ct)
    {
        var conversation = await session.RequireOwnAsync(request.ConversationId, caller, ct);
        var changes = request.Request;
        if (changes.Title is { } title) conversation.Title = title.Trim();
        if (changes.Name is { } name)
        {
            var trimmed = name.Trim();
            if (trimmed.Length > 0) await ConversationNames.RequireFreeAsync(session, caller.Id, trimmed, conversation.Id, ct);
            conversation.Name = trimmed.Length > 0 ? trimmed : null;
        }
        if (changes.ActiveMessageId is { } active)
        {
            var messages = await session.Query<ConversationMessage>().Where(m => m.ConversationId == conversation.Id).ToListAsync(ct);
            if (messages.All(m => m.Id != active)) throw new ProblemException(StatusCodes.Status400BadRequest, "Not in this conversation", "The message is not part of this conversation.");
            conversation.ActiveMessageId = ConversationTree.LeafBelow(messages, active);
        }
        conversation.UpdatedAt = clock.GetUtcNow();
        session.Store(conversation);
        await session.SaveChangesAsync(ct);
        return ConversationResponse.From(conversation);
    }
}
