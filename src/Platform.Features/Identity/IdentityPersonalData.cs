using Marten;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>
/// The account itself: its sign-in history (its event stream), tokens, keys, identities at sign-on providers, settings, and the mail, invitations,
/// waitlist requests and failed sign-ins that name its address. The audit trail keeps the account's id only, which
/// names nobody once the account is gone: a pseudonym.
/// </summary>
public sealed class IdentityPersonalData(AccessRevocations revocations) : IPersonalData
{
    public async Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        var id = erasure.UserId;
        if (await session.LoadAsync<User>(id, ct) is not { } user) return;
        var email = user.Email;
        session.DeleteWhere<RefreshToken>(t => t.UserId == id);
        session.DeleteWhere<PasswordResetToken>(t => t.UserId == id);
        session.DeleteWhere<EmailVerificationToken>(t => t.UserId == id);
        session.DeleteWhere<PersonalApiKey>(k => k.UserId == id);
        session.DeleteWhere<ExternalLogin>(l => l.UserId == id);
        session.Delete<UserSettings>(id);
        session.DeleteWhere<FailedSignIn>(f => f.Email == email);
        session.DeleteWhere<Invite>(i => i.Email == email);
        session.DeleteWhere<WaitlistEntry>(w => w.Email == email);
        session.DeleteWhere<OutboxEmail>(m => m.To == email);
        session.Delete(user);
        session.Events.TombstoneStream(id);
        revocations.Revoke(session, id);
    }
}
