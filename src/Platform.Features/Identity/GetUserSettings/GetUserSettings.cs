using System.Text.Json;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record GetUserSettings : IRequest<UserSettingsResponse>;

/// <summary>My preferences; an empty object until I save some.</summary>
public sealed class GetUserSettingsHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<GetUserSettings, UserSettingsResponse>
{
    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement;

    public async ValueTask<UserSettingsResponse> Handle(GetUserSettings request, CancellationToken ct) =>
        await session.LoadAsync<UserSettings>(caller.Id, ct) is { } settings
            ? new UserSettingsResponse(settings.Preferences, settings.UpdatedAt)
            : new UserSettingsResponse(Empty, null);
}
