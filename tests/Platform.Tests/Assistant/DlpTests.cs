using Platform.Features.Assistant;

namespace Platform.Tests.Assistant;

/// <summary>What the DLP scan finds in a message bound for an external model, and what it leaves alone.</summary>
public sealed class DlpTests
{
    [Theory]
    [InlineData("write to anna.berg@example.org today", "email", "a***@example.org")]
    [InlineData("call me on +47 912 34 567", "phone", "******4567")]
    [InlineData("office (030) 1234 5678", "phone", "*******5678")]
    [InlineData("ring 555-123-4567 after six", "phone", "******4567")]
    [InlineData("card 5500-0000-0000-0004 please", "card", "************0004")]
    [InlineData("pay to DE89 3704 0044 0532 0130 00", "iban", "******************3000")]
    [InlineData("pay to GB82 WEST 1234 5698 7654 32", "iban", "******************5432")]
    [InlineData("token ghp_abcdefghijklmnopqrstuvwxyz0123456789", "secret", "************************************6789")]
    [InlineData("AKIAIOSFODNN7EXAMPLE is the access key", "secret", "****************MPLE")]
    public void Finds_what_must_not_leave_and_masks_it(string text, string kind, string masked)
    {
        var finding = Assert.Single(Dlp.Scan(text));

        Assert.Equal((kind, masked), (finding.Kind, finding.Masked));
        Assert.DoesNotContain(text.Substring(finding.Start, finding.Length), Dlp.Redact(text, [finding]));
        Assert.Contains($"[{Dlp.Label(kind)}]", Dlp.Redact(text, [finding]));
    }

    [Theory]
    [InlineData("average price by symbol in 2012")]
    [InlineData("rows between 2004-01-01 and 2010-03-01")]
    [InlineData("card 4111 1111 1111 1112 fails the check")]
    [InlineData("IBAN GB00 WEST 1234 5698 7654 32 fails mod 97")]
    [InlineData("stations 1234 5678 9012 by id")]
    [InlineData("dataset 01a22b75-d055-7c3e-9f4e-2c1f0e3b5a77 by id")]
    [InlineData("total_precipitation_by_location_and_month is a long column name")]
    [InlineData("population 1,304,887,562 in 2005")]
    public void Leaves_ordinary_questions_alone(string text) => Assert.Empty(Dlp.Scan(text));
}
