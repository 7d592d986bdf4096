using Marten;
using Mediator;

namespace Platform.Features.Identity;

public sealed record GetSignupSettings : IRequest<SignupSettingsResponse>;

public sealed class GetSignupSettingsHandler(IQuerySession session) : IRequestHandler<GetSignupSettings, SignupSettingsResponse>
{
    public async ValueTask<SignupSettingsResponse> Handle(GetSignupSettings request, CancellationToken ct) =>
        SignupSettingsResponse.From(await SignupSettings.LoadAsync(session, ct));
}
