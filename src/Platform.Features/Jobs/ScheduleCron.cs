using Cronos;
using FluentValidation;
using FluentValidation.Results;

namespace Platform.Features.Jobs;

/// <summary>
/// A schedule's rule: cron with five fields, or six with seconds first, read in an IANA time zone. Occurrences
/// follow the zone's clock across daylight saving: a time skipped by spring-forward fires once at the first
/// instant after the gap, a time repeated by fall-back fires once.
/// </summary>
public sealed record ScheduleCron(CronExpression Expression, TimeZoneInfo Zone)
{
    /// <exception cref="ValidationException">The rule or the zone does not read.</exception>
    public static ScheduleCron Parse(string cron, string timezone)
    {
        var failures = new List<ValidationFailure>();
        CronExpression? expression = null;
        var text = (cron ?? "").Trim();
        try
        {
            var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            expression = CronExpression.Parse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        }
        catch (CronFormatException e)
        {
            failures.Add(new ValidationFailure("cron", $"Not a cron rule: {e.Message} Use five fields (minute hour day month weekday) or six with seconds first."));
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timezone ?? "", out var zone))
            failures.Add(new ValidationFailure("timezone", $"'{timezone}' is not a time zone; use an IANA name such as Europe/Berlin or UTC."));
        if (failures.Count > 0) throw new ValidationException(failures);
        return new ScheduleCron(expression!, zone!);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, in UTC.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => Expression.GetNextOccurrence(after.ToUniversalTime(), Zone)?.ToUniversalTime();

    /// <summary>How many occurrences fall in [from, to], and the latest of them, in UTC.</summary>
    public (int Count, DateTimeOffset? Latest) Due(DateTimeOffset from, DateTimeOffset to)
    {
        var count = 0;
        DateTimeOffset? latest = null;
        if (to < from) return (0, null);
        foreach (var slot in Expression.GetOccurrences(from.ToUniversalTime(), to.ToUniversalTime(), Zone, fromInclusive: true, toInclusive: true))
        {
            count++;
            latest = slot.ToUniversalTime();
        }
        return (count, latest);
    }
}
