using Marten;
using Mediator;

namespace Platform.Features.Identity;

public sealed record GetAuthStatus : IRequest<AuthStatusResponse>;

/// <summary>What a sign-in page needs to know before anyone is signed in.</summary>
/// <param name="AuthEnabled">Accounts are always required; the field keeps clients of other servers working.</param>
/// <param name="HasUsers">False until the first account exists.</param>
/// <param name="SetupRequired">No administrator exists yet: <c>/api/auth/setup</c> creates one (with the setup token).</param>
/// <param name="OidcEnabled">No OpenID Connect provider is built in yet.</param>
/// <param name="SignupMode">open, invite, waitlist or closed: whether the page offers sign-up, an invitation field or the waitlist.</param>
public sealed record AuthStatusResponse(bool AuthEnabled, bool HasUsers, bool SetupRequired, bool OidcEnabled, SignupMode SignupMode);

public sealed class GetAuthStatusHandler(IQuerySession session) : IRequestHandler<GetAuthStatus, AuthStatusResponse>
{
    public async ValueTask<AuthStatusResponse> Handle(GetAuthStatus request, CancellationToken ct) =>
        new(AuthEnabled: true, HasUsers: await session.Query<User>().AnyAsync(ct),
            SetupRequired: !await session.Query<User>().AnyAsync(u => u.Role == Roles.SuperAdmin, ct), OidcEnabled: false,
            SignupMode: (await SignupSettings.LoadAsync(session, ct)).Mode);
}
