using Marten;
using Marten.Patching;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed record CancelTurn(Guid MessageId) : IRequest<TurnCancelling>;

public sealed record TurnCancelling(Guid MessageId, string Status);

/// <summary>
/// Stops a running turn: the language model's call and any running query are cancelled, the answer so far kept, and the
/// stream ends with <c>done { finishReason: "cancelled" }</c>. On another instance the flag reaches the turn within a second.
/// </summary>
public sealed class CancelTurnHandler(IDocumentSession session, CurrentUser caller, AssistantTurns turns) : IRequestHandler<CancelTurn, TurnCancelling>
{
    public async ValueTask<TurnCancelling> Handle(CancelTurn request, CancellationToken ct)
    {
        var (message, _) = await session.RequireOwnMessageAsync(request.MessageId, caller, ct);
        if (message.Role != MessageRole.Assistant) throw ConversationAccess.MessageNotFound();
        if (message.Status != TurnStatus.Running)
            throw new ProblemException(StatusCodes.Status409Conflict, "Not running", $"The answer has already ended ({message.FinishReason ?? message.Status.ToString().ToLowerInvariant()}).");
        session.Patch<ConversationMessage>(message.Id).Set(m => m.CancelRequested, true);
        await session.SaveChangesAsync(ct);
        turns.Cancel(message.Id);
        return new TurnCancelling(message.Id, "cancelling");
    }
}
