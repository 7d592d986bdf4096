using System.Net;
using System.Net.Http.Json;

namespace Platform.Tests.Identity;

public sealed class SetupTests
{
    [Fact]
    public async Task First_user_is_set_up_as_super_admin_and_setup_closes_afterwards()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        using var client = factory.CreateClient();

        var before = await (await client.GetAsync("/api/auth/status")).JsonAsync();
        Assert.True(before.GetProperty("authEnabled").GetBoolean());
        Assert.False(before.GetProperty("hasUsers").GetBoolean());

        var setup = await (await client.PostAsJsonAsync("/api/auth/setup",
            new { email = " Owner@Example.COM ", password = TestUsers.Password, displayName = "Owner" })).JsonAsync(HttpStatusCode.Created);
        var user = setup.GetProperty("user");
        Assert.Equal("owner@example.com", user.GetProperty("email").GetString());
        Assert.Equal("super_admin", user.GetProperty("role").GetString());
        Assert.False(string.IsNullOrEmpty(setup.GetProperty("accessToken").GetString()));

        var after = await (await client.GetAsync("/api/auth/status")).JsonAsync();
        Assert.True(after.GetProperty("hasUsers").GetBoolean());

        var again = await client.PostAsJsonAsync("/api/auth/setup", new { email = "second@example.com", password = TestUsers.Password });
        await again.ProblemAsync(HttpStatusCode.Conflict);

        var registered = await factory.RegisterAsync();
        Assert.Equal("user", registered.User.Role);
    }

    [Fact]
    public async Task Concurrent_setups_create_exactly_one_super_admin()
    {
        await using var factory = await new PlatformFactory().StartAsync();
        using var client = factory.CreateClient();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            client.PostAsJsonAsync("/api/auth/setup", new { email = $"admin{i}@example.com", password = TestUsers.Password })));

        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(attempts.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }
}
