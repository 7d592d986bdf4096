using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Common;

/// <summary>Idempotency-Key on creates: one creation per caller and key, replayed answers, refused reuse.</summary>
public sealed class IdempotencyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static HttpRequestMessage Post(string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static async Task<int> RoomsNamedAsync(Person person, string name) =>
        (await (await person.Client.GetAsync("/api/rooms?limit=100")).JsonAsync()).GetProperty("items").EnumerateArray().Count(r => r.GetProperty("name").GetString() == name);

    [Fact]
    public async Task A_retried_create_is_answered_from_the_first_and_creates_nothing_more()
    {
        var person = await Person.RegisterAsync(factory);
        var key = Guid.NewGuid().ToString();

        var first = await person.Client.SendAsync(Post("/api/rooms", new { name = "Retried" }, key));
        var second = await person.Client.SendAsync(Post("/api/rooms", new { name = "Retried" }, key));

        var created = await first.JsonAsync(HttpStatusCode.Created);
        var replayed = await second.JsonAsync(HttpStatusCode.Created);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(created.Id(), replayed.Id());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal("application/json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await RoomsNamedAsync(person, "Retried"));

        // Without the key, or with another one, each request creates.
        await (await person.Client.PostAsJsonAsync("/api/rooms", new { name = "Retried" })).EnsureStatus(HttpStatusCode.Created);
        await (await person.Client.SendAsync(Post("/api/rooms", new { name = "Retried" }, key + "-2"))).EnsureStatus(HttpStatusCode.Created);
        Assert.Equal(3, await RoomsNamedAsync(person, "Retried"));
    }

    [Fact]
    public async Task The_same_key_for_another_request_is_422_and_another_caller_has_keys_of_their_own()
    {
        var person = await Person.RegisterAsync(factory);
        var other = await Person.RegisterAsync(factory);
        var key = Guid.NewGuid().ToString();
        await (await person.Client.SendAsync(Post("/api/rooms", new { name = "First use" }, key))).EnsureStatus(HttpStatusCode.Created);

        await (await person.Client.SendAsync(Post("/api/rooms", new { name = "Second use" }, key))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await person.Client.SendAsync(Post("/api/organizations", new { name = "First use" }, key))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var theirs = await (await other.Client.SendAsync(Post("/api/rooms", new { name = "First use" }, key))).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(1, await RoomsNamedAsync(other, "First use"));
        Assert.Equal(0, await RoomsNamedAsync(person, "Second use"));
        Assert.NotEqual(Guid.Empty, theirs.Id());
    }

    [Fact]
    public async Task Requests_racing_with_one_key_create_once()
    {
        var person = await Person.RegisterAsync(factory);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => person.Client.SendAsync(Post("/api/rooms", new { name = "Raced" }, key))));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var ids = new HashSet<Guid>();
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Created)) ids.Add((await response.JsonAsync(HttpStatusCode.Created)).Id());
        Assert.Single(ids);
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.Conflict), r => Assert.NotNull(r.Headers.RetryAfter));
        Assert.Equal(1, await RoomsNamedAsync(person, "Raced"));
        // Once the first has finished, everyone gets its answer.
        var after = await person.Client.SendAsync(Post("/api/rooms", new { name = "Raced" }, key));
        Assert.Equal(ids.Single(), (await after.JsonAsync(HttpStatusCode.Created)).Id());
    }

    [Fact]
    public async Task A_failed_create_keeps_nothing_so_the_key_can_be_retried()
    {
        var person = await Person.RegisterAsync(factory);
        var key = Guid.NewGuid().ToString();

        await (await person.Client.SendAsync(Post("/api/organizations", new { name = "" }, key))).ProblemAsync(HttpStatusCode.BadRequest);
        await (await person.Client.SendAsync(Post("/api/organizations", new { name = "Fixed" }, key))).EnsureStatus(HttpStatusCode.Created);
        var replay = await person.Client.SendAsync(Post("/api/organizations", new { name = "Fixed" }, key));
        await replay.EnsureStatus(HttpStatusCode.Created);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task An_upload_retried_with_its_key_is_one_dataset()
    {
        var person = await Person.RegisterAsync(factory);
        var key = Guid.NewGuid().ToString();
        var csv = Encoding.UTF8.GetBytes("a,b\n1,2\n3,4\n");

        async Task<HttpResponseMessage> UploadAsync()
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "retry.csv" } };
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/datasets") { Content = form };
            request.Headers.Add("Idempotency-Key", key);
            return await person.Client.SendAsync(request);
        }

        var first = await (await UploadAsync()).JsonAsync(HttpStatusCode.Created);
        var again = await UploadAsync();
        Assert.Equal(first.Id(), (await again.JsonAsync(HttpStatusCode.Created)).Id());
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        var datasets = await (await person.Client.GetAsync("/api/datasets")).JsonAsync();
        Assert.Equal(1, datasets.GetProperty("items").EnumerateArray().Count(d => d.GetProperty("name").GetString() == "retry"));
    }

    [Fact]
    public async Task A_malformed_key_is_a_400_and_routes_that_do_not_create_ignore_keys()
    {
        var person = await Person.RegisterAsync(factory);
        await (await person.Client.SendAsync(Post("/api/rooms", new { name = "Long key" }, new string('k', 256)))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, await RoomsNamedAsync(person, "Long key"));

        using var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);
        var key = Guid.NewGuid().ToString();
        foreach (var _ in new[] { 1, 2 })
        {
            var cleared = await admin.SendAsync(Post("/api/jobs/clear", new { }, key));
            await cleared.EnsureStatus(HttpStatusCode.OK);
            Assert.False(cleared.Headers.Contains("Idempotent-Replayed"));
        }
    }
}
