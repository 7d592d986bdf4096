using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <param name="Email">Whose link to send again; signed in, it may be left out (the caller's own).</param>
public sealed record ResendVerificationRequest(string? Email = null) : IRequest;

public sealed class ResendVerificationValidator : AbstractValidator<ResendVerificationRequest>
{
    public ResendVerificationValidator() => RuleFor(x => x.Email).MaximumLength(254);
}

/// <summary>Mails a fresh verification link to an unverified account; the answer is the same whether or not there is one.</summary>
public sealed class ResendVerificationHandler(IDocumentSession session, VerificationMail mail, CurrentUser caller) : IRequestHandler<ResendVerificationRequest>
{
    public async ValueTask<Unit> Handle(ResendVerificationRequest request, CancellationToken ct)
    {
        User? user;
        if (request.Email is { Length: > 0 } email)
        {
            var address = User.NormalizeEmail(email);
            user = await session.Query<User>().FirstOrDefaultAsync(u => u.Email == address, ct);
        }
        else if (caller.IsAuthenticated) user = await session.LoadAsync<User>(caller.Id, ct);
        else throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("email", "Give the account's email, or sign in.")]);

        if (user is null || user.EmailVerified) return Unit.Value;
        var token = mail.Issue(session, user);
        await session.SaveChangesAsync(ct);
        await mail.SendAsync(user, token, ct);
        return Unit.Value;
    }
}
