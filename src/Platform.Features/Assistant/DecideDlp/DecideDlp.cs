using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <param name="Decision">allow (send as written), redact (send with the findings replaced by their kind) or block (send nothing).</param>
public sealed record DlpDecisionRequest(string Decision);

public sealed record DecideDlp(Guid MessageId, string Decision) : IRequest<TurnResumed>;

public sealed record TurnResumed(Guid MessageId, string Decision);

/// <summary>Answers a turn paused on a DLP finding; it goes on at once.</summary>
public sealed class DecideDlpHandler(IDocumentSession session, CurrentUser caller, TurnDecisions decisions) : IRequestHandler<DecideDlp, TurnResumed>
{
    public async ValueTask<TurnResumed> Handle(DecideDlp request, CancellationToken ct)
    {
        var (message, _) = await session.RequireOwnMessageAsync(request.MessageId, caller, ct);
        await decisions.DecideAsync(session, message, "dlp", request.Decision, null, ct);
        return new TurnResumed(message.Id, request.Decision);
    }
}
