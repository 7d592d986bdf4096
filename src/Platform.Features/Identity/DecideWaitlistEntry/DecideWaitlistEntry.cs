using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record DecideWaitlistEntry(Guid EntryId, bool Approve) : IRequest<WaitlistEntryResponse>;

/// <summary>Approves (an invitation is mailed) or rejects someone waiting; each entry is decided once.</summary>
public sealed class DecideWaitlistEntryHandler(IDocumentSession session, CurrentUser caller, Invitations invitations, TimeProvider clock)
    : IRequestHandler<DecideWaitlistEntry, WaitlistEntryResponse>
{
    public async ValueTask<WaitlistEntryResponse> Handle(DecideWaitlistEntry request, CancellationToken ct)
    {
        var entry = await session.LoadAsync<WaitlistEntry>(request.EntryId, ct)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "No such waitlist entry.");
        if (entry.Status != "waiting") throw ProblemException.Conflict($"This entry was {entry.Status} already.");
        entry.Status = request.Approve ? "approved" : "rejected";
        entry.DecidedAt = clock.GetUtcNow();
        entry.DecidedBy = caller.Id;
        session.Update(entry);
        (Invite Invite, string Token)? invitation = request.Approve ? invitations.Issue(session, entry.Email, Roles.User, caller.Id, Invitations.DefaultLifetime) : null;
        await session.SaveChangesAsync(ct);
        if (invitation is { } sent) await invitations.SendAsync(sent.Invite, sent.Token, ct);
        return entry.ToResponse();
    }
}
