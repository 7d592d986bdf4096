using Marten;
using Microsoft.Extensions.Options;

namespace Platform.Features.Identity;

/// <summary>Issues and mails invitations, for administrators' invites and approved waitlist entries alike.</summary>
public sealed class Invitations(IEmailSender email, IOptions<AuthOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    /// <summary>Queues a new invitation; mail it with <see cref="SendAsync"/> after saving.</summary>
    public (Invite Invite, string Token) Issue(IDocumentSession session, string address, string role, Guid invitedBy, TimeSpan lifetime)
    {
        var token = TokenIssuer.NewSecret();
        var now = clock.GetUtcNow();
        var invite = new Invite
        {
            Id = Guid.CreateVersion7(), TokenHash = TokenIssuer.Hash(token), Email = User.NormalizeEmail(address), Role = role,
            InvitedBy = invitedBy, CreatedAt = now, ExpiresAt = now + lifetime,
        };
        session.Insert(invite);
        return (invite, token);
    }

    public string Link(string token) => $"{options.Value.PublicUrl.TrimEnd('/')}/invite?token={token}";

    public Task SendAsync(Invite invite, string token, CancellationToken ct) =>
        email.SendAsync(new EmailMessage(invite.Email, "You are invited to Platform",
            $"You are invited to create an account on Platform. Open this link to choose your password (it works once, until {invite.ExpiresAt:yyyy-MM-dd HH:mm} UTC):\n\n{Link(token)}\n"), ct);

    /// <summary>The open invitation with this token, or null.</summary>
    public async Task<Invite?> FindOpenAsync(IQuerySession session, string token, CancellationToken ct)
    {
        var hash = TokenIssuer.Hash(token);
        var invite = await session.Query<Invite>().FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invite is not null && invite.IsOpen(clock.GetUtcNow()) ? invite : null;
    }
}
