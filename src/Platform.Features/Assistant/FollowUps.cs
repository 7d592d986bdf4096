using System.Text.RegularExpressions;

namespace Platform.Features.Assistant;

/// <summary>
/// A message that continues the question before it, read as one question: "top 3 instead" sets the count,
/// "by island instead" swaps the grouping, "and per year?" adds one, "now only for Europe" adds a filter, "what about
/// Gentoo?" swaps the last one. A message with no sign of continuing (no leading "and", "now", "what about", no
/// trailing "instead", no opening preposition) is a question of its own.
/// </summary>
public static partial class FollowUps
{
    /// <summary>The question <paramref name="message"/> makes together with <paramref name="previous"/>, or null when it stands alone.</summary>
    public static string? Read(string message, string previous)
    {
        var fragment = Trailing().Replace(message.Trim(), "");
        var continues = false;
        if (Instead().IsMatch(fragment))
        {
            fragment = Instead().Replace(fragment, "");
            continues = true;
        }
        while (Leading().Match(fragment) is { Success: true } lead)
        {
            fragment = fragment[lead.Length..];
            continues = true;
        }
        var bareValue = false;
        if (AskingAbout().Match(fragment) is { Success: true } about)
        {
            fragment = fragment[about.Length..];
            continues = true;
            bareValue = !Opening().IsMatch(fragment);
        }
        fragment = Restricting().Replace(fragment, "").Trim();
        if (fragment.Length == 0 || !(continues || Opening().IsMatch(fragment))) return null;
        previous = Trailing().Replace(previous.Trim(), "");

        if (RankingFirst().Match(fragment) is { Success: true } ranked)
            return $"{ranked.Groups["rank"].Value} {RankingWithin().Replace(previous, "").Trim()}{(ranked.Groups["rest"].Value is { Length: > 0 } rest ? " " + rest.Trim() : "")}";
        if (Grouping().Match(fragment) is { Success: true } grouping)
        {
            var replaced = Grouping().Match(previous) is { Success: true } before && message.Contains("instead", StringComparison.OrdinalIgnoreCase)
                ? previous[..before.Index].TrimEnd() : previous;
            return $"{replaced} {grouping.Value.Trim()}";
        }
        if (bareValue || !Opening().IsMatch(fragment))
        {
            var filter = Filter().Matches(previous).LastOrDefault();
            var kept = bareValue && filter is not null ? previous.Remove(filter.Index, filter.Length).TrimEnd() : previous;
            return $"{kept} for {fragment}";
        }
        return $"{previous} {fragment}";
    }

    /// <summary>Follow-ups that the last answer invites.</summary>
    public static IReadOnlyList<string> After(AnswerContext? context)
    {
        if (context is null) return [];
        var suggestions = new List<string>();
        if (context.Columns.Count >= 2)
        {
            suggestions.Add("top 3 instead");
            suggestions.Add(context.Chart?.Type == "bar" ? "show it as a pie chart" : "show it as a bar chart");
        }
        return suggestions;
    }

    [GeneratedRegex(@"[\s?.!]+$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"\s*,?\s*\b(instead|rather)\b\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Instead();

    [GeneratedRegex(@"^\s*(and|now|but|ok|okay|so|then|also|same|same thing|same but|same for|again)\b[\s,]*", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    [GeneratedRegex(@"^\s*(what|how) about\b\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AskingAbout();

    [GeneratedRegex(@"^\s*(only|just)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Restricting();

    [GeneratedRegex(@"^(for|in|by|per|top|bottom|first|last|excluding|without|with|where|over|under|above|below|since|before|after|between|during|from|broken down|split)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^(?<rank>(top|bottom|first|last)\s+\d+)\b(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RankingFirst();

    [GeneratedRegex(@"\b(top|bottom|first|last)\s+\d+\b\s*", RegexOptions.IgnoreCase)]
    private static partial Regex RankingWithin();

    [GeneratedRegex(@"\b(by|per|for each|broken down by|split by)\s+\S.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Grouping();

    [GeneratedRegex(@"\s(for|in)\s+(?!each\b)\S[^,]*?(?=\s(by|per)\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Filter();
}
