using System.Numerics;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Platform.Features.Assistant;

/// <summary>What happens when a message bound for an external language model holds secrets or personal data.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DlpPolicy>))]
public enum DlpPolicy
{
    /// <summary>Send it as written.</summary>
    [JsonStringEnumMemberName("off")] Off,
    /// <summary>Pause the turn until the person decides: allow, redact or block.</summary>
    [JsonStringEnumMemberName("ask")] Ask,
    /// <summary>Send it with what was found replaced by its kind.</summary>
    [JsonStringEnumMemberName("redact")] Redact,
    /// <summary>Do not send it.</summary>
    [JsonStringEnumMemberName("block")] Block,
}

/// <param name="Kind">email, phone, card, iban, secret.</param>
/// <param name="Masked">The value with most of it hidden, to show the person what was found without repeating it.</param>
public sealed record DlpFinding(string Kind, int Start, int Length, string Masked);

/// <summary>
/// Finds what must not leave for an external model without the person's say: e-mail addresses, phone numbers, card
/// numbers (only those passing the Luhn check), IBANs (only those passing ISO 13616's mod-97 check), and strings shaped
/// like API keys or tokens (known prefixes, or long random-looking runs of letters and digits).
/// </summary>
public static partial class Dlp
{
    public static IReadOnlyList<DlpFinding> Scan(string text)
    {
        var findings = new List<DlpFinding>();
        void Add(string kind, Match m)
        {
            if (findings.Any(f => m.Index < f.Start + f.Length && f.Start < m.Index + m.Length)) return;
            findings.Add(new DlpFinding(kind, m.Index, m.Length, Mask(kind, m.Value)));
        }
        foreach (Match m in Email().Matches(text)) Add("email", m);
        foreach (Match m in Secret().Matches(text)) if (LooksSecret(m.Value)) Add("secret", m);
        foreach (Match m in Iban().Matches(text)) if (IsIban(m.Value)) Add("iban", m);
        foreach (Match m in Card().Matches(text)) if (PassesLuhn(m.Value)) Add("card", m);
        foreach (Match m in Phone().Matches(text)) if (Digits(m.Value).Length is >= 9 and <= 15) Add("phone", m);
        return findings.OrderBy(f => f.Start).ToList();
    }

    /// <summary>The text with each finding replaced by its kind in brackets.</summary>
    public static string Redact(string text, IReadOnlyList<DlpFinding> findings)
    {
        var redacted = new StringBuilder(text);
        foreach (var finding in findings.OrderByDescending(f => f.Start))
            redacted.Remove(finding.Start, finding.Length).Insert(finding.Start, $"[{Label(finding.Kind)}]");
        return redacted.ToString();
    }

    public static string Label(string kind) => kind switch
    {
        "email" => "email address",
        "phone" => "phone number",
        "card" => "card number",
        "iban" => "IBAN",
        _ => "secret",
    };

    private static string Mask(string kind, string value)
    {
        if (kind == "email")
        {
            var at = value.IndexOf('@');
            return $"{value[0]}***{value[at..]}";
        }
        var digits = kind is "card" or "phone" ? Digits(value) : value.Replace(" ", "");
        return new string('*', Math.Max(0, digits.Length - 4)) + digits[^Math.Min(4, digits.Length)..];
    }

    private static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    private static bool PassesLuhn(string value)
    {
        var digits = Digits(value);
        if (digits.Length is < 13 or > 19) return false;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[^(i + 1)] - '0';
            if (i % 2 == 1 && (d *= 2) > 9) d -= 9;
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static bool IsIban(string value)
    {
        var compact = value.Replace(" ", "").ToUpperInvariant();
        if (compact.Length is < 15 or > 34) return false;
        var rearranged = compact[4..] + compact[..4];
        var number = new StringBuilder();
        foreach (var c in rearranged) number.Append(char.IsAsciiLetter(c) ? (c - 'A' + 10).ToString() : c.ToString());
        return BigInteger.Parse(number.ToString()) % 97 == 1;
    }

    /// <summary>A known key prefix, or a long run mixing upper case, lower case and digits (words and numbers alone are not secrets).</summary>
    private static bool LooksSecret(string value) =>
        KnownPrefix().IsMatch(value) || value.Length >= 32 && value.Any(char.IsAsciiLetterUpper) && value.Any(char.IsAsciiLetterLower) && value.Count(char.IsAsciiDigit) >= 4;

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w-])[A-Za-z0-9_\-]{20,}(?![\w-])")]
    private static partial Regex Secret();

    [GeneratedRegex(@"^(sk-|sk_live_|sk_test_|pk_live_|ghp_|gho_|github_pat_|glpat-|xox[abpr]-|AKIA|ASIA|AIza|eyJ)")]
    private static partial Regex KnownPrefix();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")]
    private static partial Regex Iban();

    [GeneratedRegex(@"\b\d(?:[ -]?\d){12,18}\b")]
    private static partial Regex Card();

    /// <summary>International (+47 …), with an area code in brackets, a national number starting 0, or 555-123-4567: a bare run of digit groups is not taken for one.</summary>
    [GeneratedRegex(@"(?<![\w.+])(?:(?:\+\d{1,3}|\(\d{2,4}\)|0\d{1,4})(?:[ .\-]?\d{2,4}){2,4}|\d{3}[.\-]\d{3}[.\-]\d{4})(?![\w.])")]
    private static partial Regex Phone();
}
