using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Tests.Rooms;

/// <summary>A stream does not outlive the access token it was opened with.</summary>
public sealed class StreamExpiryTests
{
    [Fact]
    public async Task A_room_stream_ends_with_a_401_frame_when_its_access_token_expires()
    {
        await using var factory = await new PlatformFactory().With("Platform:Auth:AccessTokenLifetime", "00:00:04").StartAsync();
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/rooms/{room}/events");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", owner.Auth.AccessToken);
        using var anonymous = factory.CreateClient();
        using var response = await anonymous.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var frames = await Sse.ReadAllAsync(response, TimeSpan.FromSeconds(30));
        var error = Assert.Single(frames, f => f.EventType == "error");
        Assert.Equal(401, JsonDocument.Parse(error.Data).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_expired_token_opens_no_stream_while_an_api_key_opens_one()
    {
        await using var factory = await new PlatformFactory().With("Platform:Auth:AccessTokenLifetime", "00:00:02").StartAsync();
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        var key = (await (await owner.Client.PostAsync("/api/api-keys", JsonContent.Create(new { name = "watcher", scopes = new[] { "read" } }))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("key").GetString()!;

        using var keyClient = factory.CreateClient();
        keyClient.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var byKey = await keyClient.GetAsync($"/api/rooms/{room}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, byKey.StatusCode);

        // Within the validator's clock skew the expired token still authenticates, but no stream opens on it.
        await Task.Delay(TimeSpan.FromSeconds(3));
        using var stale = await owner.Client.GetAsync($"/api/rooms/{room}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.True(stale.StatusCode is HttpStatusCode.Unauthorized, $"got {stale.StatusCode}");
    }
}
