using Marten;
using Mediator;

namespace Platform.Features.Identity;

public sealed record GetOidcSettings : IRequest<OidcSettingsResponse>;

public sealed class GetOidcSettingsHandler(IQuerySession session, OidcSettingsStore store) : IRequestHandler<GetOidcSettings, OidcSettingsResponse>
{
    public async ValueTask<OidcSettingsResponse> Handle(GetOidcSettings request, CancellationToken ct) =>
        await store.LoadAsync(session, ct) is { } active
            ? active.Settings.ToResponse(active.Source)
            : new OidcSettings { Enabled = false }.ToResponse("none");
}
