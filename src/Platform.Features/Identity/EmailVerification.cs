using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Features.Identity;

/// <summary>A single-use email verification link's token, stored hashed (the id).</summary>
public sealed class EmailVerificationToken
{
    public required string Id { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>Issues verification links (stored in the caller's unit of work) and mails them once it has committed.</summary>
public sealed class VerificationMail(IEmailSender email, IOptions<AuthOptions> options, TimeProvider clock, ILogger<VerificationMail> logger)
{
    /// <summary>Queues a new token for <paramref name="user"/>; call <see cref="SendAsync"/> with the result after saving.</summary>
    public string Issue(IDocumentSession session, User user)
    {
        var token = TokenIssuer.NewSecret();
        session.Insert(new EmailVerificationToken
        {
            Id = TokenIssuer.Hash(token), UserId = user.Id, ExpiresAt = clock.GetUtcNow() + options.Value.VerificationTokenLifetime,
        });
        return token;
    }

    public async Task SendAsync(User user, string token, CancellationToken ct)
    {
        var link = $"{options.Value.PublicUrl.TrimEnd('/')}/verify-email?token={token}";
        try
        {
            await email.SendAsync(new EmailMessage(user.Email, "Confirm your Platform email address",
                $"Hello {user.DisplayName},\n\nTo confirm that this address is yours, open:\n\n{link}\n\n" +
                $"The link works once, for {options.Value.VerificationTokenLifetime.TotalHours:0} hours. Invitations to rooms sent to this address " +
                "take effect once it is confirmed. If you did not create an account, ignore this message."), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The account exists either way; the person can ask for the link again.
            logger.LogError(e, "Could not send the verification email for user {UserId}", user.Id);
        }
    }
}
