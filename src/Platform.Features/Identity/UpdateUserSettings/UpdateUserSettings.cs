using System.Text.Json;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record UpdateUserSettings(JsonElement Preferences) : IRequest<UserSettingsResponse>;

public sealed class UpdateUserSettingsValidator : AbstractValidator<UpdateUserSettings>
{
    public UpdateUserSettingsValidator() =>
        RuleFor(x => x.Preferences).Custom((preferences, context) =>
        {
            foreach (var (key, problem) in Preferences.Problems(preferences)) context.AddFailure(key, $"'{key}' {problem}");
        });
}

/// <summary>Replaces my preferences with the object sent.</summary>
public sealed class UpdateUserSettingsHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateUserSettings, UserSettingsResponse>
{
    public async ValueTask<UserSettingsResponse> Handle(UpdateUserSettings request, CancellationToken ct)
    {
        var settings = new UserSettings { Id = caller.Id, Preferences = request.Preferences.Clone(), UpdatedAt = clock.GetUtcNow() };
        session.Store(settings);
        await session.SaveChangesAsync(ct);
        return new UserSettingsResponse(settings.Preferences, settings.UpdatedAt);
    }
}
