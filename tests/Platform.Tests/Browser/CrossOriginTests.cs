using System.Net;
using System.Net.Http.Json;

namespace Platform.Tests.Browser;

/// <summary>What a single-page app on another origin needs: CORS for the configured origins, and tokens in the query of stream routes.</summary>
public sealed class CrossOriginTests : IAsyncLifetime
{
    private const string App = "http://127.0.0.1:8088";
    private readonly LogCollector _logs = new();
    private PlatformFactory _factory = null!;

    public async Task InitializeAsync() =>
        _factory = await new PlatformFactory()
            .With("Platform:Cors:Origins:0", "http://localhost:5173").With("Platform:Cors:Origins:1", App)
            .With("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Information")
            .WithLogs(_logs).StartAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_listed_origin_may_call_the_api_and_read_errors_and_headers_an_unlisted_one_may_not()
    {
        using var client = _factory.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/rooms");
        preflight.Headers.Add("Origin", App);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
        var allowed = await client.SendAsync(preflight);

        await allowed.EnsureStatus(HttpStatusCode.NoContent);
        Assert.Equal(App, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", allowed.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("idempotency-key", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.False(allowed.Headers.Contains("Access-Control-Allow-Credentials"));

        // An error answer carries the headers too, or the app could not read why it failed.
        using var refused = new HttpRequestMessage(HttpMethod.Get, "/api/rooms");
        refused.Headers.Add("Origin", App);
        var unauthorized = await client.SendAsync(refused);
        await unauthorized.EnsureStatus(HttpStatusCode.Unauthorized);
        Assert.Equal(App, unauthorized.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var person = await Person.RegisterAsync(_factory);
        using var missing = new HttpRequestMessage(HttpMethod.Get, $"/api/rooms/{Guid.NewGuid()}");
        missing.Headers.Add("Origin", App);
        var notFound = await person.Client.SendAsync(missing);
        await notFound.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(App, notFound.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var stranger = new HttpRequestMessage(HttpMethod.Options, "/api/rooms");
        stranger.Headers.Add("Origin", "http://evil.example");
        stranger.Headers.Add("Access-Control-Request-Method", "POST");
        Assert.False((await client.SendAsync(stranger)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Stream_routes_take_the_access_token_from_the_query_and_it_never_reaches_the_log()
    {
        var owner = await Person.RegisterAsync(_factory);
        var room = await owner.CreateRoomAsync();
        using var anonymous = _factory.CreateClient();
        var token = owner.Auth.AccessToken;

        using var events = await anonymous.GetAsync($"/api/rooms/{room}/events?access_token={token}", HttpCompletionOption.ResponseHeadersRead);
        await events.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        // Only GET stream routes take it: elsewhere a token in a link is worth nothing.
        await (await anonymous.GetAsync($"/api/rooms/{room}?access_token={token}")).EnsureStatus(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync($"/api/rooms/{room}/messages?access_token={token}", new { content = "hi" })).EnsureStatus(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"/api/jobs/{Guid.NewGuid()}/stream?access_token={token}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync($"/api/jobs/{Guid.NewGuid()}/stream?access_token=forged")).EnsureStatus(HttpStatusCode.Unauthorized);

        Assert.Contains(_logs.Lines, l => l.Contains($"/api/rooms/{room}/events"));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(token));
    }
}
