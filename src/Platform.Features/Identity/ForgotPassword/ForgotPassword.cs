using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record ForgotPasswordRequest(string Email) : IRequest;

public sealed class ForgotPasswordValidator : AbstractValidator<ForgotPasswordRequest>
{
    public ForgotPasswordValidator() => RuleFor(x => x.Email).NotEmpty().MaximumLength(254);
}

/// <summary>Mails a single-use reset link when the account exists; the answer is the same when it does not.</summary>
public sealed class ForgotPasswordHandler(
    IDocumentSession session, IEmailSender email, CurrentUser caller, IOptions<AuthOptions> options, TimeProvider clock,
    ILogger<ForgotPasswordHandler> logger)
    : IRequestHandler<ForgotPasswordRequest>
{
    public async ValueTask<Unit> Handle(ForgotPasswordRequest request, CancellationToken ct)
    {
        var address = User.NormalizeEmail(request.Email);
        var user = await session.Query<User>().FirstOrDefaultAsync(u => u.Email == address, ct);
        if (user is null) return Unit.Value;

        var token = TokenIssuer.NewSecret();
        session.Insert(new PasswordResetToken
        {
            Id = TokenIssuer.Hash(token), UserId = user.Id, ExpiresAt = clock.GetUtcNow() + options.Value.ResetTokenLifetime,
        });
        session.Events.Append(user.Id, new PasswordResetRequested(caller.ClientAddress));
        await session.SaveChangesAsync(ct);

        var link = $"{options.Value.PublicUrl.TrimEnd('/')}/reset-password?token={token}";
        try
        {
            await email.SendAsync(new EmailMessage(user.Email, "Reset your Platform password",
                $"Hello {user.DisplayName},\n\nSomeone asked to reset the password of this account. To choose a new one, open:\n\n{link}\n\n" +
                $"The link works once, for {options.Value.ResetTokenLifetime.TotalMinutes:0} minutes. If it was not you, ignore this message."), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Answering differently would tell a caller the account exists; the operator reads the log.
            logger.LogError(e, "Could not send the password reset email for user {UserId}", user.Id);
        }
        return Unit.Value;
    }
}
