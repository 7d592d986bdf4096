using FluentValidation;
using Platform.Features.Jobs;

namespace Platform.Tests.Jobs;

public sealed class ScheduleCronTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text + "Z").ToUniversalTime();

    [Fact]
    public void A_0230_rule_fires_once_on_the_spring_forward_day_at_the_first_instant_after_the_gap()
    {
        var cron = ScheduleCron.Parse("30 2 * * *", "America/New_York");

        var (count, latest) = cron.Due(Utc("2026-03-08T05:00:00"), Utc("2026-03-08T12:00:00"));

        Assert.Equal(1, count);
        Assert.Equal(Utc("2026-03-08T07:00:00"), latest); // 03:00 EDT: 02:30 does not exist that night
        Assert.Equal(Utc("2026-03-07T07:30:00"), cron.Next(Utc("2026-03-07T00:00:00"))); // 02:30 EST the day before
        Assert.Equal(Utc("2026-03-09T06:30:00"), cron.Next(Utc("2026-03-08T07:00:00"))); // 02:30 EDT the day after
    }

    [Fact]
    public void A_0130_rule_fires_once_on_the_fall_back_day_although_the_hour_repeats()
    {
        var cron = ScheduleCron.Parse("30 1 * * *", "America/New_York");

        var (count, latest) = cron.Due(Utc("2026-11-01T04:00:00"), Utc("2026-11-01T12:00:00"));

        Assert.Equal(1, count);
        Assert.Equal(Utc("2026-11-01T05:30:00"), latest); // the first 01:30, still EDT
    }

    [Fact]
    public void Hourly_slots_follow_the_clock_across_both_changes()
    {
        var cron = ScheduleCron.Parse("0 * * * *", "Europe/Berlin");

        Assert.Equal(23, cron.Due(Utc("2026-03-28T23:00:00"), Utc("2026-03-29T21:59:59")).Count); // a 23-hour day
        Assert.Equal(25, cron.Due(Utc("2026-10-24T22:00:00"), Utc("2026-10-25T22:59:59")).Count); // a 25-hour day
    }

    [Fact]
    public void A_sixth_field_is_seconds_and_bounds_count_every_slot_in_between()
    {
        var cron = ScheduleCron.Parse("*/5 * * * * *", "UTC");

        var (count, latest) = cron.Due(Utc("2026-01-01T00:00:00"), Utc("2026-01-01T00:01:00"));

        Assert.Equal(13, count);
        Assert.Equal(Utc("2026-01-01T00:01:00"), latest);
        Assert.Equal(Utc("2026-01-01T00:00:05"), cron.Next(Utc("2026-01-01T00:00:00")));
        Assert.Equal(Utc("2026-01-02T00:00:00"), ScheduleCron.Parse("@daily", "UTC").Next(Utc("2026-01-01T00:00:00")));
    }

    [Theory]
    [InlineData("61 * * * *", "UTC", "cron")]
    [InlineData("every day", "UTC", "cron")]
    [InlineData("", "UTC", "cron")]
    [InlineData("0 9 * * *", "Mars/Olympus", "timezone")]
    public void A_rule_or_zone_that_does_not_read_is_refused_by_field(string cron, string zone, string field)
    {
        var refused = Assert.Throws<ValidationException>(() => ScheduleCron.Parse(cron, zone));
        Assert.Equal(field, Assert.Single(refused.Errors).PropertyName);
    }
}
