using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Tests.Identity;

/// <summary>Personal API keys: shown once, stored hashed, held to their scopes and their owner's access, revoked at once.</summary>
public sealed class PersonalApiKeyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task<JsonElement> CreateKeyAsync(HttpClient owner, string[] scopes, DateTimeOffset? expiresAt = null) =>
        await (await owner.PostAsJsonAsync("/api/api-keys", new { name = "script", scopes, expiresAt })).JsonAsync(HttpStatusCode.Created);

    private HttpClient KeyClient(string key, bool asBearer = false)
    {
        var client = factory.CreateClient();
        if (asBearer) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        else client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task A_key_is_shown_once_and_acts_as_its_owner_in_either_header()
    {
        var owner = await Person.RegisterAsync(factory);
        var created = await CreateKeyAsync(owner.Client, ["read", "write"]);
        var key = created.GetProperty("key").GetString()!;
        Assert.StartsWith("pk_", key);

        var listed = await (await owner.Client.GetAsync("/api/api-keys")).JsonAsync();
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.False(entry.TryGetProperty("key", out _));
        Assert.DoesNotContain(key, listed.GetRawText());
        Assert.StartsWith(key[..10], entry.GetProperty("start").GetString());

        using var byHeader = KeyClient(key);
        using var byBearer = KeyClient(key, asBearer: true);
        var me = await (await byHeader.GetAsync("/api/auth/me")).JsonAsync();
        Assert.Equal(owner.Id, me.Id());
        var room = await (await byBearer.PostAsJsonAsync("/api/rooms", new { name = "Made by a script" })).JsonAsync(HttpStatusCode.Created);
        await (await owner.Client.GetAsync($"/api/rooms/{room.Id()}")).EnsureStatus(HttpStatusCode.OK);

        // The owner's access, not more: another person's room stays hidden.
        var stranger = await Person.RegisterAsync(factory);
        var hidden = await stranger.CreateRoomAsync();
        await (await byHeader.GetAsync($"/api/rooms/{hidden}")).ProblemAsync(HttpStatusCode.NotFound);

        var used = await (await owner.Client.GetAsync("/api/api-keys")).JsonAsync();
        Assert.Equal(JsonValueKind.String, used[0].GetProperty("lastUsedAt").ValueKind);
    }

    [Fact]
    public async Task A_key_stays_within_its_scopes()
    {
        var owner = await Person.RegisterAsync(factory);
        var dataset = await (await owner.Client.PostAsync("/api/datasets", new MultipartFormDataContent
        {
            { new ByteArrayContent("a,b\n1,2\n"u8.ToArray()), "file", "tiny.csv" },
        })).JsonAsync(HttpStatusCode.Created);
        using var reader = KeyClient((await CreateKeyAsync(owner.Client, ["read"])).GetProperty("key").GetString()!);
        await (await reader.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.OK);
        var refused = await (await reader.PostAsJsonAsync("/api/rooms", new { name = "no" })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("'write'", refused.GetProperty("detail").GetString());
        var noQuery = await (await reader.PostAsJsonAsync("/api/query/sql", new { sql = "select 1", datasetId = dataset.Id() })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("'query'", noQuery.GetProperty("detail").GetString());

        using var querier = KeyClient((await CreateKeyAsync(owner.Client, ["query"])).GetProperty("key").GetString()!);
        await (await querier.PostAsJsonAsync("/api/query/sql", new { sql = "select 1 as one", datasetId = dataset.Id() })).EnsureStatus(HttpStatusCode.OK);
        await (await querier.GetAsync("/api/rooms")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await querier.DeleteAsync($"/api/datasets/{dataset.Id()}")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_key_makes_no_key_with_scopes_it_lacks_and_says_which_it_has()
    {
        var owner = await Person.RegisterAsync(factory);
        using var writer = KeyClient((await CreateKeyAsync(owner.Client, ["read", "write"])).GetProperty("key").GetString()!);
        await (await writer.PostAsJsonAsync("/api/api-keys", new { name = "wider", scopes = new[] { "read", "query" } })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await writer.PostAsJsonAsync("/api/api-keys", new { name = "narrower", scopes = new[] { "read" } })).EnsureStatus(HttpStatusCode.Created);

        var permissions = await (await writer.GetAsync("/api/auth/my-permissions")).JsonAsync();
        Assert.Equal(["read", "write"], permissions.GetProperty("apiKeyScopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Administration_needs_the_admin_scope_and_only_administrators_may_grant_it()
    {
        var person = await Person.RegisterAsync(factory);
        await (await person.Client.PostAsJsonAsync("/api/api-keys", new { name = "x", scopes = new[] { "admin" } })).ProblemAsync(HttpStatusCode.Forbidden);

        using var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);
        using var plain = KeyClient((await CreateKeyAsync(admin, ["read"])).GetProperty("key").GetString()!);
        await (await plain.GetAsync("/api/admin/users")).ProblemAsync(HttpStatusCode.Forbidden);
        using var administering = KeyClient((await CreateKeyAsync(admin, ["read", "admin"])).GetProperty("key").GetString()!);
        await (await administering.GetAsync("/api/admin/users")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Revoked_expired_unknown_and_disabled_owners_keys_fail_at_once()
    {
        var owner = await Person.RegisterAsync(factory);
        var created = await CreateKeyAsync(owner.Client, ["read"]);
        using var client = KeyClient(created.GetProperty("key").GetString()!);
        await (await client.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.OK);
        await (await owner.Client.DeleteAsync($"/api/api-keys/{created.Id()}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await client.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.Unauthorized);
        await (await owner.Client.DeleteAsync($"/api/api-keys/{created.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await owner.Client.GetAsync("/api/api-keys")).JsonAsync()).GetArrayLength());

        using var unknown = KeyClient("pk_" + new string('a', 43));
        await (await unknown.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.Unauthorized);

        var expiring = await CreateKeyAsync(owner.Client, ["read"], DateTimeOffset.UtcNow.AddSeconds(2));
        using var shortLived = KeyClient(expiring.GetProperty("key").GetString()!);
        await (await shortLived.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.OK);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await (await shortLived.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.Unauthorized);

        using var live = KeyClient((await CreateKeyAsync(owner.Client, ["read"])).GetProperty("key").GetString()!);
        await (await live.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.OK);
        using var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);
        await (await admin.PatchAsJsonAsync($"/api/admin/users/{owner.Id}", new { disabled = true })).EnsureStatus(HttpStatusCode.OK);
        await (await live.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Keys_are_only_their_owners_and_bad_input_creates_none()
    {
        var owner = await Person.RegisterAsync(factory);
        var other = await Person.RegisterAsync(factory);
        var created = await CreateKeyAsync(owner.Client, ["read"]);
        await (await other.Client.DeleteAsync($"/api/api-keys/{created.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await other.Client.GetAsync("/api/api-keys")).JsonAsync()).GetArrayLength());

        await (await owner.Client.PostAsJsonAsync("/api/api-keys", new { name = new string('k', 101), scopes = new[] { "read" } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.PostAsJsonAsync("/api/api-keys", new { name = "x", scopes = new[] { "read", "root" } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.PostAsJsonAsync("/api/api-keys", new { name = "x", scopes = Array.Empty<string>() })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.PostAsJsonAsync("/api/api-keys", new { name = "x", scopes = new[] { "read" }, expiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.PostAsJsonAsync("/api/api-keys", new { name = "x", scopes = Enumerable.Repeat("read", 10_000) })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(1, (await (await owner.Client.GetAsync("/api/api-keys")).JsonAsync()).GetArrayLength());
        using var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync("/api/api-keys")).EnsureStatus(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Each_key_has_its_own_minute_of_requests()
    {
        await using var limited = await new PlatformFactory().With("Platform:Auth:ApiKeyRequestsPerMinute", "3").StartAsync();
        var owner = await Person.RegisterAsync(limited);
        var first = (await (await owner.Client.PostAsJsonAsync("/api/api-keys", new { name = "a", scopes = new[] { "read" } })).JsonAsync(HttpStatusCode.Created)).GetProperty("key").GetString()!;
        var second = (await (await owner.Client.PostAsJsonAsync("/api/api-keys", new { name = "b", scopes = new[] { "read" } })).JsonAsync(HttpStatusCode.Created)).GetProperty("key").GetString()!;
        using var a = limited.CreateClient();
        a.DefaultRequestHeaders.Add("X-Api-Key", first);
        for (var i = 0; i < 3; i++) await (await a.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.OK);
        var limitedResponse = await a.GetAsync("/api/rooms");
        await limitedResponse.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limitedResponse.Headers.Contains("Retry-After"));

        using var b = limited.CreateClient();
        b.DefaultRequestHeaders.Add("X-Api-Key", second);
        await (await b.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.OK);
        await (await owner.Client.GetAsync("/api/rooms")).EnsureStatus(HttpStatusCode.OK);
    }
}
