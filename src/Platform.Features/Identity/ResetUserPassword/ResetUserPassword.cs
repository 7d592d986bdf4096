using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record ResetUserPassword(Guid UserId) : IRequest<AdminPasswordReset>;

/// <param name="GeneratedPassword">Shown this once: the person signs in with it and must change it first.</param>
public sealed record AdminPasswordReset(string GeneratedPassword);

/// <summary>An administrator replaces someone's password with a generated one; every session of theirs ends.</summary>
public sealed class ResetUserPasswordHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller, TokenIssuer tokens) : IRequestHandler<ResetUserPassword, AdminPasswordReset>
{
    public async ValueTask<AdminPasswordReset> Handle(ResetUserPassword request, CancellationToken ct)
    {
        var user = await session.RequireManageableAsync(request.UserId, caller, ct);
        if (user.Id == caller.Id) throw ProblemException.Conflict("Change your own password with POST /api/auth/change-password.");
        var password = Passwords.Generate();
        user.PasswordHash = Passwords.Hash(user, password);
        user.MustChangePassword = true;
        session.EndAccessTokens(user, revocations);
        tokens.RevokeAll(session, user.Id);
        session.Update(user);
        session.Events.Append(user.Id, new PasswordSetByAdmin(caller.Id));
        await session.SaveChangesAsync(ct);
        return new AdminPasswordReset(password);
    }
}
