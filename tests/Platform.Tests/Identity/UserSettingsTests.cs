using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Platform.Tests.Identity;

/// <summary>A person's preferences: any object the web app keeps, the known keys checked, 64 KB at most, one's own only.</summary>
public sealed class UserSettingsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Preferences_are_saved_as_sent_and_read_back_by_their_owner_only()
    {
        var person = await Person.RegisterAsync(factory);
        var empty = await (await person.Client.GetAsync("/api/user/settings")).JsonAsync();
        Assert.Empty(empty.GetProperty("preferences").EnumerateObject());

        var preferences = new
        {
            theme = "dark", locale = "de-CH", timeZone = "Europe/Zurich",
            notifications = new { jobFailed = true, roomMessage = false },
            shortcuts = new { ask = "Ctrl+K" },
            sidebar = new { collapsed = true, width = 280 },
        };
        await (await person.Client.PutAsJsonAsync("/api/user/settings", new { preferences })).EnsureStatus(HttpStatusCode.OK);
        var saved = await (await person.Client.GetAsync("/api/user/settings")).JsonAsync();
        Assert.Equal("Europe/Zurich", saved.GetProperty("preferences").GetProperty("timeZone").GetString());
        Assert.Equal(280, saved.GetProperty("preferences").GetProperty("sidebar").GetProperty("width").GetInt32());

        var other = await Person.RegisterAsync(factory);
        Assert.Empty((await (await other.Client.GetAsync("/api/user/settings")).JsonAsync()).GetProperty("preferences").EnumerateObject());
        using var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync("/api/user/settings")).EnsureStatus(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("""{"preferences":{"theme":"neon"}}""", "preferences.theme")]
    [InlineData("""{"preferences":{"locale":"not a locale"}}""", "preferences.locale")]
    [InlineData("""{"preferences":{"timeZone":"Mars/Olympus"}}""", "preferences.timeZone")]
    [InlineData("""{"preferences":{"notifications":{"jobFailed":"yes"}}}""", "preferences.notifications")]
    [InlineData("""{"preferences":{"shortcuts":{"ask":1}}}""", "preferences.shortcuts")]
    [InlineData("""{"preferences":[1,2]}""", "preferences")]
    public async Task Known_keys_with_wrong_values_are_refused_and_nothing_is_saved(string body, string field)
    {
        var person = await Person.RegisterAsync(factory);
        var problem = await (await person.Client.PutAsync("/api/user/settings", new StringContent(body, Encoding.UTF8, "application/json"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Empty((await (await person.Client.GetAsync("/api/user/settings")).JsonAsync()).GetProperty("preferences").EnumerateObject());
    }

    [Fact]
    public async Task Preferences_over_64_KB_are_refused()
    {
        var person = await Person.RegisterAsync(factory);
        await (await person.Client.PutAsJsonAsync("/api/user/settings", new { preferences = new { notes = new string('x', 70_000) } })).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
