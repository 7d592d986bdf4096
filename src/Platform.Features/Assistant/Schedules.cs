using System.Text.RegularExpressions;

namespace Platform.Features.Assistant;

/// <summary>
/// How often, in words, as a cron expression: "every hour", "every 15 minutes", "every day at 7", "daily at 18:30",
/// "every morning" (08:00), "every evening" (18:00), "every monday at 9", "weekly", "every month"; null for anything else.
/// </summary>
public static partial class Schedules
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static string? Cron(string when)
    {
        var text = when.Trim().ToLowerInvariant();
        if (EveryMinutes().Match(text) is { Success: true } minutes && int.Parse(minutes.Groups[1].Value) is var n and >= 1 and <= 59) return $"*/{n} * * * *";
        if (Hourly().IsMatch(text)) return "0 * * * *";
        var (hour, minute) = At().Match(text) is { Success: true } at
            ? (int.Parse(at.Groups["h"].Value) + (at.Groups["pm"].Success && int.Parse(at.Groups["h"].Value) < 12 ? 12 : 0), at.Groups["m"].Success ? int.Parse(at.Groups["m"].Value) : 0)
            : text.Contains("evening") ? (18, 0) : text.Contains("night") ? (22, 0) : (8, 0);
        if (hour > 23 || minute > 59) return null;
        if (Weekdays.Select((day, i) => (day, i)).FirstOrDefault(d => text.Contains(d.day)) is { day: not null } weekday) return $"{minute} {hour} * * {weekday.i}";
        if (Weekly().IsMatch(text)) return $"{minute} {hour} * * 1";
        if (Monthly().IsMatch(text)) return $"{minute} {hour} 1 * *";
        if (Daily().IsMatch(text)) return $"{minute} {hour} * * *";
        return null;
    }

    [GeneratedRegex(@"every (\d+) min(ute)?s?\b")]
    private static partial Regex EveryMinutes();

    [GeneratedRegex(@"\b(hourly|every hour)\b")]
    private static partial Regex Hourly();

    [GeneratedRegex(@"\bat (?<h>\d{1,2})(?::(?<m>\d{2}))?\s*(?:(?<pm>pm)|am)?\b")]
    private static partial Regex At();

    [GeneratedRegex(@"\b(weekly|every week)\b")]
    private static partial Regex Weekly();

    [GeneratedRegex(@"\b(monthly|every month)\b")]
    private static partial Regex Monthly();

    [GeneratedRegex(@"\b(daily|every day|each day|every morning|every evening|every night|nightly)\b")]
    private static partial Regex Daily();
}
