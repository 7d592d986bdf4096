using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Deployments;
using Platform.Tests.Datasets;

namespace Platform.Tests.Models;

public sealed class DeploymentTests(TrainedModels models) : IClassFixture<TrainedModels>
{
    private Person Owner => models.Owner;
    private Guid WeatherType => models.WeatherType.Id();
    private Guid MaxTemperature => models.MaxTemperature.Id();

    private static readonly object RainyDay = new { location = "Seattle", date = "2015-11-17", precipitation = 25.4, temp_max = 11.1, temp_min = 6.7, wind = 6.2 };
    private static readonly object SunnyDay = new { location = "New York", date = "2015-07-04", precipitation = 0, temp_max = 31.7, temp_min = 21.1, wind = 2.1 };

    private async Task<Guid> DeployAsync(Person person, Guid model, string name) =>
        (await (await person.Client.PostAsJsonAsync("/api/deployments", new { modelId = model, name })).JsonAsync(HttpStatusCode.Created)).Id();

    private HttpClient Anonymous() => models.Factory.CreateClient();

    private static Task<HttpResponseMessage> PredictAsync(HttpClient client, Guid deployment, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/deployments/{deployment}/predict") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return client.SendAsync(request);
    }

    /// <summary>Logs are written in the background: waits until the deployment's log holds this many requests.</summary>
    private Task<JsonElement> LogsAsync(Guid deployment, int count) =>
        Eventually.Until(async () => await (await Owner.Client.GetAsync($"/api/deployments/{deployment}/logs")).JsonAsync(),
            logs => logs.GetProperty("items").GetArrayLength() >= count, TimeSpan.FromSeconds(10));

    [Fact]
    public async Task Deployment_keys_are_told_from_personal_keys_by_their_prefix_and_older_keys_still_work()
    {
        var deployment = await DeployAsync(Owner, WeatherType, "prefixes");
        var key = (await (await Owner.Client.PostAsJsonAsync($"/api/deployments/{deployment}/api-keys", new { name = "app" })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("key").GetString()!;
        Assert.StartsWith("dk_", key);
        using (var asPerson = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me") { Headers = { { "X-Api-Key", key } } })
            await (await Anonymous().SendAsync(asPerson)).ProblemAsync(HttpStatusCode.Unauthorized);

        // A key issued when deployment keys began with pk_, as personal keys do.
        const string older = "pk_an-older-deployment-key-of-enough-length-0123456789";
        await using (var session = models.Factory.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Insert(new DeploymentKey { Id = Guid.CreateVersion7(), DeploymentId = deployment, Name = "older", Prefix = older[..10], Hash = ApiKeys.Hash(older), CreatedAt = DateTimeOffset.UtcNow });
            await session.SaveChangesAsync();
        }
        foreach (var working in new[] { key, older })
            Assert.Equal("rain", (await (await PredictAsync(Anonymous(), deployment, new { rows = new[] { RainyDay } }, working)).JsonAsync())
                .GetProperty("predictions")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_key_is_shown_once_works_until_revoked_and_predicts_classes_with_probabilities()
    {
        var deployment = await DeployAsync(Owner, WeatherType, "weather-type");
        var created = await (await Owner.Client.PostAsJsonAsync($"/api/deployments/{deployment}/api-keys", new { name = "mobile app" })).JsonAsync(HttpStatusCode.Created);
        var key = created.GetProperty("key").GetString()!;
        Assert.StartsWith(created.GetProperty("prefix").GetString()!, key);
        var listed = await (await Owner.Client.GetAsync($"/api/deployments/{deployment}/api-keys")).JsonAsync();
        Assert.DoesNotContain(key, listed.GetRawText());
        Assert.Equal(created.GetProperty("prefix").GetString(), listed.GetProperty("items")[0].GetProperty("prefix").GetString());

        var answer = await (await PredictAsync(Anonymous(), deployment, new { rows = new[] { RainyDay, SunnyDay } }, key)).JsonAsync();

        var predictions = answer.GetProperty("predictions").EnumerateArray().ToList();
        Assert.Equal(2, predictions.Count);
        Assert.Equal("rain", predictions[0].GetProperty("label").GetString());
        Assert.Equal("sun", predictions[1].GetProperty("label").GetString());
        foreach (var p in predictions)
        {
            var probabilities = p.GetProperty("probabilities").EnumerateObject().ToDictionary(x => x.Name, x => x.Value.GetDouble());
            Assert.Equal(5, probabilities.Count);
            Assert.Equal(1.0, probabilities.Values.Sum(), 3);
            Assert.Equal(probabilities.MaxBy(x => x.Value).Key, p.GetProperty("label").GetString());
            Assert.Equal(probabilities.Values.Max(), p.GetProperty("score").GetDouble(), 6);
            Assert.False(p.TryGetProperty("value", out _));
        }

        await (await PredictAsync(Anonymous(), deployment, new { rows = new[] { RainyDay } })).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await PredictAsync(Anonymous(), deployment, new { rows = new[] { RainyDay } }, "pk_not-a-key")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await PredictAsync(Owner.Client, deployment, new { rows = new[] { RainyDay } })).JsonAsync();
        var stranger = await Person.RegisterAsync(models.Factory);
        await (await PredictAsync(stranger.Client, deployment, new { rows = new[] { RainyDay } })).ProblemAsync(HttpStatusCode.NotFound);
        var other = await DeployAsync(Owner, MaxTemperature, "another");
        await (await PredictAsync(Anonymous(), other, new { rows = new[] { RainyDay } }, key)).ProblemAsync(HttpStatusCode.Unauthorized);

        await (await Owner.Client.DeleteAsync($"/api/deployments/{deployment}/api-keys/{created.Id()}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await PredictAsync(Anonymous(), deployment, new { rows = new[] { RainyDay } }, key)).ProblemAsync(HttpStatusCode.Unauthorized);
        var revoked = await (await Owner.Client.GetAsync($"/api/deployments/{deployment}/api-keys")).JsonAsync();
        Assert.NotEqual(JsonValueKind.Null, revoked.GetProperty("items")[0].GetProperty("revokedAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, revoked.GetProperty("items")[0].GetProperty("lastUsedAt").ValueKind);

        await (await Owner.Client.DeleteAsync($"/api/deployments/{other}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await Owner.Client.DeleteAsync($"/api/deployments/{deployment}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Rows_scored_at_the_same_time_get_the_values_they_get_in_one_request()
    {
        var deployment = await DeployAsync(Owner, MaxTemperature, "max-temperature");
        var rows = Enumerable.Range(0, 24).Select(i => new Dictionary<string, object>
        {
            ["location"] = i % 2 == 0 ? "Seattle" : "New York", ["date"] = new DateTime(2014, 1 + i % 12, 1 + i).ToString("yyyy-MM-dd"),
            ["precipitation"] = i * 1.5, ["wind"] = 1 + i % 7,
        }).ToList();

        var together = (await (await PredictAsync(Owner.Client, deployment, new { rows })).JsonAsync())
            .GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()).ToList();
        var alone = await Task.WhenAll(rows.Select(async row =>
            (await (await PredictAsync(Owner.Client, deployment, new { rows = new[] { row } })).JsonAsync())
            .GetProperty("predictions")[0].GetProperty("value").GetDouble()));

        Assert.Equal(together, alone);
        Assert.True(together.Distinct().Count() > 12, "the rows differ, so their predictions should too");
        await (await Owner.Client.DeleteAsync($"/api/deployments/{deployment}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_key_revoked_or_a_deployment_disabled_on_one_instance_stops_working_on_another()
    {
        await using var second = await new PlatformFactory().SharingDatabaseWith(models.Factory)
            .With("Platform:DataDirectory", models.Factory.DataDirectory).StartAsync();
        var elsewhere = second.CreateClient();
        var deployment = await DeployAsync(Owner, MaxTemperature, "two-instances");
        async Task<string> KeyAsync(string name) =>
            (await (await Owner.Client.PostAsJsonAsync($"/api/deployments/{deployment}/api-keys", new { name })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("key").GetString()!;
        Task<HttpStatusCode> StatusElsewhere(string key) =>
            PredictAsync(elsewhere, deployment, new { rows = new[] { new { location = "New York", date = "2015-07-04", precipitation = 0, wind = 2.1 } } }, key).ContinueWith(t => t.Result.StatusCode);

        var first = await KeyAsync("first");
        Assert.Equal(HttpStatusCode.OK, await StatusElsewhere(first));
        var keys = await (await Owner.Client.GetAsync($"/api/deployments/{deployment}/api-keys")).JsonAsync();
        await (await Owner.Client.DeleteAsync($"/api/deployments/{deployment}/api-keys/{keys.GetProperty("items")[0].Id()}")).EnsureStatus(HttpStatusCode.NoContent);
        await Eventually.Until(() => StatusElsewhere(first), status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(10));

        var next = await KeyAsync("next");
        Assert.Equal(HttpStatusCode.OK, await StatusElsewhere(next));
        await (await Owner.Client.PatchAsJsonAsync($"/api/deployments/{deployment}", new { enabled = false })).JsonAsync();
        await Eventually.Until(() => StatusElsewhere(next), status => status == HttpStatusCode.NotFound, TimeSpan.FromSeconds(10));
        await (await Owner.Client.DeleteAsync($"/api/deployments/{deployment}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Rows_are_checked_against_the_schema_and_bad_ones_are_400_naming_the_column()
    {
        var deployment = await DeployAsync(Owner, MaxTemperature, "temperature");
        var schema = await (await Owner.Client.GetAsync($"/api/deployments/{deployment}/schema")).JsonAsync();
        var inputs = schema.GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("kind").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["location"] = "category", ["date"] = "date", ["precipitation"] = "number", ["wind"] = "number", ["weather"] = "category" }, inputs);
        Assert.Equal("temp_max", schema.GetProperty("target").GetString());

        var rainy = new { location = "Seattle", date = "2015-11-17", precipitation = 25.4, wind = 6.2, weather = "rain" };
        var answer = await (await PredictAsync(Owner.Client, deployment, new { rows = new object[] { rainy, new { date = "2015-07-04" } } })).JsonAsync();
        var values = answer.GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()).ToList();
        Assert.InRange(values[0], 0, 20);
        Assert.InRange(values[1], 20, 40);

        foreach (var (rows, column) in new (object, string)[]
        {
            (new[] { new { wind = "strong" } }, "'wind'"),
            (new[] { new { humidity = 3 } }, "'humidity'"),
            (new[] { new { temp_min = 3 } }, "'temp_min'"),
            (new[] { new { date = "not a date" } }, "'date'"),
        })
            Assert.Contains(column, (await (await PredictAsync(Owner.Client, deployment, new { rows })).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        await (await PredictAsync(Owner.Client, deployment, new { rows = Array.Empty<object>() })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await PredictAsync(Owner.Client, deployment, new { rows = Enumerable.Repeat(RainyDay, 1001) })).ProblemAsync(HttpStatusCode.BadRequest);

        await (await Owner.Client.PatchAsJsonAsync($"/api/deployments/{deployment}", new { enabled = false })).JsonAsync();
        await (await PredictAsync(Owner.Client, deployment, new { rows = new[] { RainyDay } })).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.Client.DeleteAsync($"/api/models/{MaxTemperature}")).ProblemAsync(HttpStatusCode.Conflict);
        await (await Owner.Client.DeleteAsync($"/api/deployments/{deployment}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Sixty_predictions_a_minute_then_429_with_retry_after()
    {
        var deployment = await DeployAsync(Owner, WeatherType, "busy");
        var body = new { rows = new[] { RainyDay } };

        for (var i = 0; i < 60; i++) await (await PredictAsync(Owner.Client, deployment, body)).EnsureStatus(HttpStatusCode.OK);
        var refused = await PredictAsync(Owner.Client, deployment, body);

        await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single()), 1, 60);
        var logs = await LogsAsync(deployment, 60);
        var stats = await (await Owner.Client.GetAsync($"/api/deployments/{deployment}/stats")).JsonAsync();
        Assert.Equal(60, stats.GetProperty("requests").GetInt32());
        Assert.Equal(0, stats.GetProperty("errors").GetInt32());
        Assert.True(stats.GetProperty("p50Ms").GetDouble() <= stats.GetProperty("p99Ms").GetDouble());
        Assert.Equal(60, stats.GetProperty("hourly").EnumerateArray().Sum(h => h.GetProperty("requests").GetInt32()));
        Assert.Equal(60, logs.GetProperty("items").GetArrayLength());
        await (await Owner.Client.DeleteAsync($"/api/deployments/{deployment}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Logs_keep_inputs_and_drift_flags_the_features_whose_inputs_moved()
    {
        var deployment = await DeployAsync(Owner, WeatherType, "drift");
        // Only winter days in Seattle with heavy rain: location, date, precipitation and temperatures move; the wind
        // is the recorded wind of every 14th day, so it keeps its training distribution.
        var winds = File.ReadLines(Path.Combine(DatasetUploads.Samples, "weather.csv")).Skip(1).Where((_, i) => i % 14 == 0).Take(200)
            .Select(line => double.Parse(line.Split(',')[5], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var winter = winds.Select((wind, i) => new { location = "Seattle", date = $"2016-01-{i % 28 + 1:00}", precipitation = 30.0 + i, temp_max = 2.0, temp_min = -3.0, wind }).ToArray();
        await (await PredictAsync(Owner.Client, deployment, new { rows = winter[..100] })).JsonAsync();
        await (await PredictAsync(Owner.Client, deployment, new { rows = winter[100..] })).JsonAsync();
        await (await PredictAsync(Owner.Client, deployment, new { rows = new[] { new { wind = "x" } } })).ProblemAsync(HttpStatusCode.BadRequest);

        var logs = await LogsAsync(deployment, 3);
        var failed = logs.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("status").GetInt32() == 400);
        Assert.Contains("'wind'", failed.GetProperty("error").GetString());
        var ok = logs.GetProperty("items").EnumerateArray().First(l => l.GetProperty("status").GetInt32() == 200);
        Assert.Equal(100, ok.GetProperty("rows").GetInt32());
        Assert.Equal(100, ok.GetProperty("numbers").GetProperty("precipitation").GetArrayLength());
        Assert.Equal("Seattle", ok.GetProperty("texts").GetProperty("location")[0].GetString());

        var drift = await (await Owner.Client.PostAsJsonAsync($"/api/deployments/{deployment}/drift", new { hours = 1 })).JsonAsync();

        Assert.Equal(200, drift.GetProperty("rows").GetInt32());
        Assert.True(drift.GetProperty("drift").GetBoolean());
        var psi = drift.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("feature").GetString()!, f => (Psi: f.GetProperty("psi").GetDouble(), Drift: f.GetProperty("drift").GetBoolean()));
        Assert.True(psi["precipitation"].Drift);
        Assert.True(psi["temp_max"].Drift);
        Assert.True(psi["location"].Drift);
        Assert.False(psi["wind"].Drift, $"wind: {psi["wind"].Psi}");
        await (await Owner.Client.DeleteAsync($"/api/deployments/{deployment}")).EnsureStatus(HttpStatusCode.NoContent);
        var empty = await DeployAsync(Owner, WeatherType, "quiet");
        await (await Owner.Client.PostAsJsonAsync($"/api/deployments/{empty}/drift", new { })).ProblemAsync(HttpStatusCode.Conflict);
        await (await Owner.Client.DeleteAsync($"/api/deployments/{empty}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Five_active_deployments_per_owner_and_only_the_owner_manages_them()
    {
        var owner = await Person.RegisterAsync(models.Factory);
        var iowa = (await (await owner.Client.UploadSharedAsync("iowa-electricity.csv")).JsonAsync(HttpStatusCode.Created)).Id();
        var model = (await TrainedModels.TrainAsync(owner, new { datasetId = iowa, target = "net_generation" })).Id();
        var ids = new List<Guid>();
        for (var i = 1; i <= 5; i++) ids.Add(await DeployAsync(owner, model, $"d{i}"));

        await (await owner.Client.PostAsJsonAsync("/api/deployments", new { modelId = model, name = "d6" })).ProblemAsync(HttpStatusCode.Conflict);
        var disabled = await (await owner.Client.PatchAsJsonAsync($"/api/deployments/{ids[0]}", new { enabled = false, name = "paused" })).JsonAsync();
        Assert.False(disabled.GetProperty("enabled").GetBoolean());
        Assert.Equal("paused", disabled.GetProperty("name").GetString());
        ids.Add(await DeployAsync(owner, model, "d6"));
        await (await owner.Client.PatchAsJsonAsync($"/api/deployments/{ids[0]}", new { enabled = true })).ProblemAsync(HttpStatusCode.Conflict);

        var list = await (await owner.Client.GetAsync("/api/deployments")).JsonAsync();
        Assert.Equal(6, list.GetProperty("total").GetInt64());
        var stranger = await Person.RegisterAsync(models.Factory);
        foreach (var path in new[] { "", "/schema", "/api-keys", "/logs", "/stats" })
            await (await stranger.Client.GetAsync($"/api/deployments/{ids[1]}{path}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PatchAsJsonAsync($"/api/deployments/{ids[1]}", new { name = "mine" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/api/deployments/{ids[1]}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PostAsJsonAsync("/api/deployments", new { modelId = model, name = "theirs" })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("d2", (await (await owner.Client.GetAsync($"/api/deployments/{ids[1]}")).JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_key_is_checked_before_the_body_is_read_and_bodies_over_1_MB_are_refused()
    {
        var deployment = await DeployAsync(Owner, WeatherType, "guarded");
        var huge = new { rows = Enumerable.Repeat(RainyDay, 12_000).ToArray() };
        using var anonymous = Anonymous();

        var badKey = await PredictAsync(anonymous, deployment, huge, key: "pk_not-a-key");
        var noKey = await PredictAsync(anonymous, deployment, huge);
        var owner = await PredictAsync(Owner.Client, deployment, huge);

        await badKey.ProblemAsync(HttpStatusCode.Unauthorized);
        await noKey.ProblemAsync(HttpStatusCode.Unauthorized);
        await owner.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        var text = new HttpRequestMessage(HttpMethod.Post, $"/api/deployments/{deployment}/predict") { Content = new StringContent("rows") };
        await (await Owner.Client.SendAsync(text)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await Owner.Client.DeleteAsync($"/api/deployments/{deployment}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_client_trying_unknown_deployments_is_limited_by_its_address()
    {
        await using var factory = await new PlatformFactory().With("Platform:Models:RefusedPredictionsPerMinutePerClient", "3").StartAsync();
        using var anonymous = factory.CreateClient();
        var body = new { rows = new[] { RainyDay } };

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++) answers.Add(await PredictAsync(anonymous, Guid.NewGuid(), body, key: "pk_guess"));

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        var limited = answers[4];
        await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single()), 1, 60);
    }
}
