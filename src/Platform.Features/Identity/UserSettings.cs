using System.Globalization;
using System.Text.Json;

namespace Platform.Features.Identity;

/// <summary>A person's preferences for the web app, kept as the JSON object they sent (its id is the user's).</summary>
public sealed class UserSettings
{
    public Guid Id { get; set; }
    public JsonElement Preferences { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// What a preferences object may hold: any keys the web app likes (at most 64 KB in all), and for the keys the
/// platform knows, values of the right kind.
/// </summary>
public static class Preferences
{
    public const int MaxBytes = 64 * 1024;
    public static readonly string[] Themes = ["light", "dark", "system"];

    /// <summary>Every problem with the object, by key; none when it may be stored.</summary>
    public static IEnumerable<(string Key, string Problem)> Problems(JsonElement preferences)
    {
        if (preferences.ValueKind != JsonValueKind.Object)
        {
            yield return ("preferences", "must be a JSON object.");
            yield break;
        }
        if (preferences.GetRawText().Length > MaxBytes) yield return ("preferences", $"must be at most {MaxBytes / 1024} KB.");
        foreach (var property in preferences.EnumerateObject())
        {
            var value = property.Value;
            var problem = property.Name switch
            {
                "theme" when value.ValueKind != JsonValueKind.String || !Themes.Contains(value.GetString()) => "must be light, dark or system.",
                "locale" when value.ValueKind != JsonValueKind.String || !IsCulture(value.GetString()!) => "must be a language tag such as en-GB.",
                "timeZone" when value.ValueKind != JsonValueKind.String || !TimeZoneInfo.TryFindSystemTimeZoneById(value.GetString()!, out _) => "must be an IANA time zone such as Europe/Berlin.",
                "notifications" when !IsObjectOf(value, JsonValueKind.True, JsonValueKind.False) => "must map each notification to true or false.",
                "shortcuts" when !IsObjectOf(value, JsonValueKind.String) => "must map each action to a key combination (text).",
                _ => null,
            };
            if (problem is not null) yield return ($"preferences.{property.Name}", problem);
        }
    }

    private static bool IsCulture(string tag)
    {
        if (tag.Length is 0 or > 35) return false;
        try
        {
            return !CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static bool IsObjectOf(JsonElement value, params JsonValueKind[] kinds) =>
        value.ValueKind == JsonValueKind.Object && value.EnumerateObject().All(p => kinds.Contains(p.Value.ValueKind));
}

/// <param name="Preferences">theme (light, dark, system), locale, timeZone (IANA), notifications (name → bool), shortcuts (action → keys), and any other keys the web app keeps.</param>
public sealed record UserSettingsResponse(JsonElement Preferences, DateTimeOffset? UpdatedAt);
