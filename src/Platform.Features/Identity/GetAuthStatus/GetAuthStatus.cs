using Marten;
using Mediator;

namespace Platform.Features.Identity;

public sealed record GetAuthStatus : IRequest<AuthStatusResponse>;

/// <summary>What a sign-in page needs to know before anyone is signed in.</summary>
/// <param name="AuthEnabled">Accounts are always required; the field keeps clients of other servers working.</param>
/// <param name="HasUsers">False until the first account exists.</param>
/// <param name="SetupRequired">No administrator exists yet: <c>/api/auth/setup</c> creates one (with the setup token).</param>
/// <param name="OidcEnabled">An OpenID Connect provider is set up and switched on.</param>
/// <param name="SignupMode">open, invite, waitlist or closed: whether the page offers sign-up, an invitation field or the waitlist.</param>
/// <param name="Providers">The sign-in buttons to show: each provider's name and where its button leads.</param>
public sealed record AuthStatusResponse(bool AuthEnabled, bool HasUsers, bool SetupRequired, bool OidcEnabled, SignupMode SignupMode, IReadOnlyList<SignInProvider> Providers);

/// <param name="LoginUrl">Send the browser here (add returnUrl=); it comes back to the web app with ?code= for POST /api/auth/oidc/exchange.</param>
public sealed record SignInProvider(string Id, string Name, string LoginUrl);

public sealed class GetAuthStatusHandler(IQuerySession session, OidcSettingsStore oidc) : IRequestHandler<GetAuthStatus, AuthStatusResponse>
{
    public async ValueTask<AuthStatusResponse> Handle(GetAuthStatus request, CancellationToken ct)
    {
        var provider = await oidc.LoadAsync(session, ct) is { Settings: { Enabled: true } settings }
            ? new SignInProvider(settings.ProviderId, settings.DisplayName, $"/api/oidc/login?provider={settings.ProviderId}")
            : null;
        return new(AuthEnabled: true, HasUsers: await session.Query<User>().AnyAsync(ct),
            SetupRequired: !await session.Query<User>().AnyAsync(u => u.Role == Roles.SuperAdmin, ct), OidcEnabled: provider is not null,
            SignupMode: (await SignupSettings.LoadAsync(session, ct)).Mode, Providers: provider is null ? [] : [provider]);
    }
}
