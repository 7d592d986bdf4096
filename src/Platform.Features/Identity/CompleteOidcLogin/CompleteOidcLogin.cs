using Marten;
using Mediator;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record CompleteOidcLogin(string? Code, string? State, string? Error, string? ErrorDescription) : IRequest<string>;

/// <summary>
/// The provider's answer: the state must name a sign-in started here (once, within 10 minutes), the code is redeemed
/// and the ID token validated; the person is found by their identity at the provider, else linked by verified email,
/// else given an account (when the settings allow). Group and role mappings then set their organisation groups and role. The browser goes
/// back to the web app with a one-time code (60 s) or, when the sign-in failed, an error; never with tokens.
/// </summary>
public sealed class CompleteOidcLoginHandler(
    IDocumentSession session, OidcSettingsStore store, OidcClient client, IPublisher publisher, AccessRevocations revocations, CurrentUser caller, TimeProvider clock,
    ILogger<CompleteOidcLoginHandler> logger) : IRequestHandler<CompleteOidcLogin, string>
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromSeconds(60);

    public async ValueTask<string> Handle(CompleteOidcLogin request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var attempt = request.State is { Length: > 0 and <= 200 } state ? await session.LoadAsync<OidcLoginAttempt>(TokenIssuer.Hash(state), ct) : null;
        if (attempt is null || attempt.UsedAt is not null || attempt.ExpiresAt < now)
            throw new ProblemException(StatusCodes.Status400BadRequest, "Unknown sign-in",
                "This sign-in was not started here, was already completed, or took longer than 10 minutes: start again.");
        // Used once, whatever happens next (a second use at the same moment conflicts here).
        attempt.UsedAt = now;
        session.Update(attempt);
        await session.SaveChangesAsync(ct);

        if (request.Error is { Length: > 0 } error) return Back(attempt, ("error", error), ("error_description", request.ErrorDescription ?? "The provider did not sign you in."));
        if (request.Code is not { Length: > 0 and <= 4000 } code) return Back(attempt, ("error", "invalid_request"), ("error_description", "The provider sent no code."));
        try
        {
            var active = await store.RequireEnabledAsync(session, ct);
            var identity = active.Settings.Preset == GitHubClient.Preset
                ? await GitHubClient.RedeemAsync(active, code, attempt.RedirectUri, attempt.CodeVerifier, ct)
                : await client.RedeemAsync(active, code, attempt.RedirectUri, attempt.CodeVerifier, attempt.Nonce, ct);
            var user = await AccountOfAsync(active.Settings, identity, now, ct);
            if (user.Disabled) throw new OidcException("An administrator disabled this account.");

            if (active.Settings.GroupMappings.Count > 0)
                await publisher.Publish(new ExternalGroupsClaimed(user.Id, user.Email, active.Settings.GroupMappings
                    .GroupBy(m => (m.OrganizationId, m.GroupId))
                    .Select(g => new ClaimedGroup(g.Key.OrganizationId, g.Key.GroupId, g.Any(m => identity.Groups.Contains(m.Value)))).ToList()), ct);
            if (active.Settings.RoleMappings.Count > 0 && user.Role != Roles.SuperAdmin)
            {
                var role = active.Settings.RoleMappings.Any(m => m.Role == Roles.Admin && identity.Roles.Contains(m.Value)) ? Roles.Admin : Roles.User;
                if (role != user.Role)
                {
                    session.Events.Append(user.Id, new RoleSetBySignOn(user.Role, role, identity.Issuer));
                    user.Role = role;
                    user.SecurityVersion++;
                    revocations.Revoke(session, user.Id);
                }
            }
            user.LastSignInAt = now;
            // A new account is inserted with this already; an existing one is written again.
            if (session.PendingChanges.InsertsFor<User>().All(u => u.Id != user.Id)) session.Update(user);
            session.Events.Append(user.Id, new SignedInWithOidc(identity.Issuer, caller.ClientAddress));
            var oneTime = OidcClient.NewSecret();
            session.Insert(new OidcSignInCode { Id = TokenIssuer.Hash(oneTime), UserId = user.Id, ExpiresAt = now + CodeLifetime });
            await session.SaveChangesAsync(ct);
            return Back(attempt, ("code", oneTime));
        }
        catch (OidcException e)
        {
            logger.LogWarning("Single sign-on failed: {Reason}", e.Message);
            return Back(attempt, ("error", "sign_in_failed"), ("error_description", e.Message));
        }
    }

    private async Task<User> AccountOfAsync(OidcSettings settings, OidcIdentity identity, DateTimeOffset now, CancellationToken ct)
    {
        var linkId = ExternalLogin.IdOf(identity.Issuer, identity.Subject);
        if (await session.LoadAsync<ExternalLogin>(linkId, ct) is { } link && await session.LoadAsync<User>(link.UserId, ct) is { } linked) return linked;
        if (identity.Email is not { Length: > 0 and <= 254 } address || !address.Contains('@'))
            throw new OidcException($"The provider shared no email address (claim '{settings.EmailClaim}'); ask for the email scope.");
        var email = User.NormalizeEmail(address);
        var user = await session.Query<User>().FirstOrDefaultAsync(u => u.Email == email, ct);
        if (user is not null && !identity.EmailVerified)
            throw new OidcException("An account with this address exists, but the provider does not vouch for the address (email_verified), so it cannot be linked.");
        if (user is null)
        {
            if (!settings.CreateAccounts) throw new OidcException("No account has this address, and single sign-on does not create accounts here.");
            user = User.Create(email, identity.Name, Roles.User, OidcClient.NewSecret(), now);
            user.EmailVerified = identity.EmailVerified;
            session.Insert(user);
            session.Events.Append(user.Id, new UserRegistered(user.Email, user.Role, caller.ClientAddress));
        }
        session.Store(new ExternalLogin { Id = linkId, UserId = user.Id, Issuer = identity.Issuer, Subject = identity.Subject, LinkedAt = now });
        session.Events.Append(user.Id, new ExternalLoginLinked(identity.Issuer, identity.Subject));
        return user;
    }

    private static string Back(OidcLoginAttempt attempt, params (string Name, string Value)[] query) =>
        QueryHelpers.AddQueryString(attempt.ReturnUrl, query.Select(q => new KeyValuePair<string, string?>(q.Name, q.Value)));
}
