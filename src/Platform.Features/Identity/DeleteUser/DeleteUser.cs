using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record DeleteUser(Guid UserId) : IRequest<Unit>;

/// <summary>
/// Deletes an account: never your own, never the last super_admin. Everything it owns passes to a super_admin (the
/// caller when they are one, else the longest-standing) in the same transaction; its sessions, keys and streams end.
/// Its security history stays.
/// </summary>
public sealed class DeleteUserHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller, IEnumerable<IAccountHandover> handovers) : IRequestHandler<DeleteUser, Unit>
{
    public async ValueTask<Unit> Handle(DeleteUser request, CancellationToken ct)
    {
        var user = await session.RequireManageableAsync(request.UserId, caller, ct);
        var successor = await session.RequireDeletableAsync(user, caller, ct);

        var handover = new AccountHandover(user.Id, successor.Id, successor.Email);
        foreach (var area in handovers) await area.HandOverAsync(session, handover, ct);
        var userId = user.Id;
        session.DeleteWhere<RefreshToken>(t => t.UserId == userId);
        session.DeleteWhere<PersonalApiKey>(k => k.UserId == userId);
        session.DeleteWhere<ExternalLogin>(l => l.UserId == userId);
        session.Delete(user);
        session.Events.Append(user.Id, new UserDeleted(user.Email, caller.Id, successor.Id));
        revocations.Revoke(session, user.Id);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
