using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed record ApprovalRequest(string CallId, bool Approve);

public sealed record ApproveToolCall(Guid MessageId, string CallId, bool Approve) : IRequest<TurnResumed>;

public sealed class ApproveToolCallValidator : AbstractValidator<ApproveToolCall>
{
    public ApproveToolCallValidator() => RuleFor(x => x.CallId).NotEmpty().MaximumLength(100);
}

/// <summary>Approves (or not) a tool call a turn waits on; the turn goes on at once, the call runs or is reported refused.</summary>
public sealed class ApproveToolCallHandler(IDocumentSession session, CurrentUser caller, TurnDecisions decisions) : IRequestHandler<ApproveToolCall, TurnResumed>
{
    public async ValueTask<TurnResumed> Handle(ApproveToolCall request, CancellationToken ct)
    {
        var (message, _) = await session.RequireOwnMessageAsync(request.MessageId, caller, ct);
        var decision = request.Approve ? "approve" : "deny";
        await decisions.DecideAsync(session, message, "approval", decision, request.CallId, ct);
        return new TurnResumed(message.Id, decision);
    }
}
