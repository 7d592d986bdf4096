using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record JoinWaitlist(string Email, string? Name, string? Reason) : IRequest<JoinedWaitlist>;

public sealed record JoinedWaitlist(string Detail);

public sealed class JoinWaitlistValidator : AbstractValidator<JoinWaitlist>
{
    public JoinWaitlistValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(x => x.Name).MaximumLength(100);
        RuleFor(x => x.Reason).MaximumLength(2000);
    }
}

/// <summary>
/// Asks to join while sign-up goes through the waitlist. The answer is the same whether or not the address is
/// already waiting or has an account, so it tells a stranger nothing.
/// </summary>
public sealed class JoinWaitlistHandler(IDocumentSession session, TimeProvider clock) : IRequestHandler<JoinWaitlist, JoinedWaitlist>
{
    public async ValueTask<JoinedWaitlist> Handle(JoinWaitlist request, CancellationToken ct)
    {
        var settings = await SignupSettings.LoadAsync(session, ct);
        if (settings.Mode != SignupMode.Waitlist) throw ProblemException.Conflict("Sign-up does not go through a waitlist here.");
        var email = User.NormalizeEmail(request.Email);
        if (!settings.Allows(email)) throw ProblemException.Forbidden($"Sign-up is open to addresses at {string.Join(", ", settings.AllowedDomains)} only.");
        var known = await session.Query<User>().AnyAsync(u => u.Email == email, ct)
            || await session.Query<WaitlistEntry>().AnyAsync(w => w.Email == email && w.Status == "waiting", ct);
        if (!known)
        {
            session.Insert(new WaitlistEntry
            {
                Id = Guid.CreateVersion7(), Email = email, Name = request.Name?.Trim(), Reason = request.Reason?.Trim(), CreatedAt = clock.GetUtcNow(),
            });
            await session.SaveChangesAsync(ct);
        }
        return new JoinedWaitlist("You are on the waitlist: once an administrator approves, an invitation is mailed to you.");
    }
}
