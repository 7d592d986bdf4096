using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record RevokeInvite(Guid InviteId) : IRequest<Unit>;

/// <summary>Withdraws an invitation that has not been used yet.</summary>
public sealed class RevokeInviteHandler(IDocumentSession session, TimeProvider clock) : IRequestHandler<RevokeInvite, Unit>
{
    public async ValueTask<Unit> Handle(RevokeInvite request, CancellationToken ct)
    {
        var invite = await session.LoadAsync<Invite>(request.InviteId, ct) ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "No such invitation.");
        if (invite.UsedAt is not null) throw ProblemException.Conflict("The invitation was used already.");
        invite.RevokedAt ??= clock.GetUtcNow();
        session.Update(invite);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
