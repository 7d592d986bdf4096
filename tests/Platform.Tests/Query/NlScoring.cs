using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Tests.Query;

/// <summary>
/// Execution accuracy of the built-in engine on a set of questions: an answer counts when its rows equal those of
/// the SQL written by hand (values compared as sets per row, numbers to 2 decimals, row order ignored); a question
/// the data cannot answer (no SQL) counts when the engine says it can't tell. Hand-written SQL with a limit breaks
/// ties by its first column, as the engine does, so the rows kept are certain.
/// </summary>
public static class NlScoring
{
    public sealed record Score(int Correct, int Unsure, IReadOnlyList<string> Wrong, int Total, string Report)
    {
        public double Accuracy => (double)Correct / Total;
    }

    /// <param name="questions">Dataset (or "room"), question, and the SQL that answers it ({t} is the dataset's table, {name} another's), or null when the data cannot answer it.</param>
    public static async Task<Score> ScoreAsync(UploadedSamples samples, IReadOnlyList<(string Dataset, string Question, string? Sql)> questions, string reportName)
    {
        var report = new StringBuilder();
        int correct = 0, unsure = 0;
        var wrong = new List<string>();
        foreach (var (dataset, question, expectedSql) in questions)
        {
            var body = new Dictionary<string, object?> { ["question"] = question, ["limit"] = 1000 };
            if (dataset == "room") body["roomId"] = samples.Room;
            else body["datasetId"] = samples.Datasets[dataset].Id;
            var answer = await (await samples.Owner.Client.PostAsJsonAsync("/api/query/nl", body)).JsonAsync();
            var understood = answer.GetProperty("understood").GetBoolean();
            string verdict;
            if (expectedSql is null) verdict = understood ? "WRONG (answered what the data cannot tell)" : "ok (can't tell)";
            else if (!understood) verdict = "can't tell";
            else
            {
                var expected = await (await samples.Owner.Client.PostAsJsonAsync("/api/query/sql", new Dictionary<string, object?>(body.Where(p => p.Key != "question"))
                    { ["sql"] = Sql(samples, dataset, expectedSql) })).JsonAsync();
                var (got, want) = (answer.GetProperty("rows"), expected.GetProperty("rows"));
                verdict = Normalised(got).SequenceEqual(Normalised(want)) || Normalised(got, MonthNumber).SequenceEqual(Normalised(want, MonthNumber)) ? "ok" : "WRONG";
            }
            if (verdict.StartsWith("ok")) correct++;
            else if (verdict == "can't tell") unsure++;
            else wrong.Add($"{dataset}: {question} → {answer.GetProperty("sql")}");
            report.AppendLine($"{verdict,-12} {dataset,-17} {question}  →  {(understood ? answer.GetProperty("sql").GetString() : answer.GetProperty("explanation").GetString())}"
                + $"  [{answer.GetProperty("plan").GetString()}]");
        }
        var score = new Score(correct, unsure, wrong, questions.Count, report.ToString());
        report.AppendLine($"execution accuracy: {correct}/{questions.Count} = {score.Accuracy:P1}; can't tell on answerable: {unsure}; wrong: {wrong.Count}");
        File.WriteAllText(Path.Combine(Path.GetTempPath(), $"{reportName}.txt"), report.ToString());
        return score with { Report = report.ToString() };
    }

    private static string Sql(UploadedSamples samples, string dataset, string sql) => samples.Datasets.Aggregate(
        dataset == "room" ? sql : sql.Replace("{t}", samples.Datasets[dataset].Table), (text, d) => text.Replace($"{{{d.Key}}}", d.Value.Table));

    /// <summary>
    /// Each row as the sorted list of its values (numbers to 2 decimals, a midnight timestamp as its date: a month
    /// truncated from a date column is a timestamp in DuckDB), the rows sorted: order and column names aside.
    /// </summary>
    private static List<string> Normalised(JsonElement rows, Func<string, string>? label = null) => rows.EnumerateArray()
        .Select(row => string.Join(" | ", row.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number
            ? ToHundredths(v.GetDouble()) : (label ?? (t => t))(AtMidnight(v.ToString()))).Order(StringComparer.Ordinal)))
        .Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Rounded as DuckDB's <c>round(x, 2)</c> rounds the engine's averages: the double times 100, rounded half away
    /// from zero, over 100 (10.205 is 10.21, but an average of 1.2549999999999999 is 1.25, as DuckDB has it), so an
    /// average rounded there and the same average rounded here agree.
    /// </summary>
    private static string ToHundredths(double number) => (Math.Abs(number) < 1e15
        ? Math.Round(number * 100, MidpointRounding.AwayFromZero) / 100 : number).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A month's first day as the month's number: grouped by month within one year, "2010-03-01" and 3 label the same
    /// rows. Over several years the groups differ in number, so this forgives the label, never the grouping.
    /// </summary>
    private static string MonthNumber(string text) =>
        text.Length == 10 && text.EndsWith("-01", StringComparison.Ordinal) && DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var day)
            ? day.Month.ToString(CultureInfo.InvariantCulture) : text;

    private static string AtMidnight(string text) =>
        text.Length == 19 && text.EndsWith("T00:00:00", StringComparison.Ordinal) && DateOnly.TryParse(text[..10], CultureInfo.InvariantCulture, out _) ? text[..10] : text;
}
