using Platform.Features.Assistant;

namespace Platform.Tests.Assistant;

/// <summary>How often, in words, as the cron expression the jobs' schedules take.</summary>
public sealed class SchedulesTests
{
    [Theory]
    [InlineData("every hour", "0 * * * *")]
    [InlineData("hourly", "0 * * * *")]
    [InlineData("every 15 minutes", "*/15 * * * *")]
    [InlineData("every day at 7", "0 7 * * *")]
    [InlineData("daily at 18:30", "30 18 * * *")]
    [InlineData("every day at 6pm", "0 18 * * *")]
    [InlineData("every morning", "0 8 * * *")]
    [InlineData("every evening", "0 18 * * *")]
    [InlineData("every monday at 9", "0 9 * * 1")]
    [InlineData("on fridays at 17:15", "15 17 * * 5")]
    [InlineData("weekly", "0 8 * * 1")]
    [InlineData("every month", "0 8 1 * *")]
    public void Reads_how_often(string when, string cron) => Assert.Equal(cron, Schedules.Cron(when));

    [Theory]
    [InlineData("now")]
    [InlineData("every day at 25")]
    [InlineData("every 90 minutes")]
    [InlineData("whenever you like")]
    public void Leaves_what_it_cannot_read(string when) => Assert.Null(Schedules.Cron(when));
}
