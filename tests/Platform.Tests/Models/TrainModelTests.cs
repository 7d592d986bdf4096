using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Models;

public sealed class TrainModelTests(TrainedModels models) : IClassFixture<TrainedModels>
{
    private Person Owner => models.Owner;

    [Fact]
    public async Task The_weather_type_is_learned_from_the_other_weather_columns()
    {
        var model = models.WeatherType;

        Assert.Equal("ready", model.GetProperty("status").GetString());
        Assert.Equal("multiclass", model.GetProperty("task").GetString());
        Assert.Equal("lightGbm", model.GetProperty("algorithm").GetString());
        Assert.Equal(2922, model.GetProperty("rowCount").GetInt64());
        Assert.Equal(2922, model.GetProperty("trainRowCount").GetInt64() + model.GetProperty("testRowCount").GetInt64());
        var kinds = model.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("kind").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["location"] = "category", ["date"] = "date", ["precipitation"] = "number", ["temp_max"] = "number", ["temp_min"] = "number", ["wind"] = "number" }, kinds);
        var metrics = model.GetProperty("metrics");
        // Five classes, rain and sun most of them: far better than guessing, not perfect.
        Assert.InRange(metrics.GetProperty("microAccuracy").GetDouble(), 0.6, 1.0);
        Assert.InRange(metrics.GetProperty("macroAccuracy").GetDouble(), 0.2, 1.0);
        Assert.True(metrics.GetProperty("logLoss").GetDouble() > 0);
        Assert.Equal(["drizzle", "fog", "rain", "snow", "sun"], model.GetProperty("classes").EnumerateArray().Select(c => c.GetString()).Order());
        Assert.True(model.GetProperty("durationMs").GetInt64() > 0);
        Assert.NotEqual(JsonValueKind.Null, model.GetProperty("trainedAt").ValueKind);
    }

    [Fact]
    public async Task The_maximum_temperature_is_regressed_without_the_minimum()
    {
        var model = models.MaxTemperature;

        Assert.Equal("regression", model.GetProperty("task").GetString());
        Assert.DoesNotContain(model.GetProperty("features").EnumerateArray(), f => f.GetProperty("name").GetString() is "temp_min" or "temp_max");
        var metrics = model.GetProperty("metrics");
        // Season (date) and place explain most of the day's maximum temperature.
        Assert.InRange(metrics.GetProperty("rSquared").GetDouble(), 0.5, 1.0);
        Assert.InRange(metrics.GetProperty("rmse").GetDouble(), 0.1, 10);
        Assert.True(metrics.GetProperty("mae").GetDouble() <= metrics.GetProperty("rmse").GetDouble());
    }

    [Fact]
    public async Task A_target_with_two_values_is_binary_and_the_room_hears_of_every_model()
    {
        var model = await TrainedModels.TrainAsync(Owner, new { datasetId = models.Weather, target = "location", features = new[] { "temp_max", "temp_min", "precipitation", "date" }, algorithm = "fastTree", seed = 7 });

        Assert.Equal("binary", model.GetProperty("task").GetString());
        Assert.Equal(["New York", "Seattle"], model.GetProperty("classes").EnumerateArray().Select(c => c.GetString()));
        foreach (var metric in new[] { "accuracy", "auc", "f1", "logLoss" }) Assert.True(model.GetProperty("metrics").TryGetProperty(metric, out _), metric);
        Assert.Equal(7, model.GetProperty("seed").GetInt32());
        var trained = await Owner.RoomEventAsync(models.Room, "model.trained", model.GetProperty("id").GetString()!);
        Assert.Equal("ready", trained.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("{\"target\":\"no_such_column\"}", "no column 'no_such_column'")]
    [InlineData("{\"target\":\"weather\",\"task\":\"regression\"}", "Regression needs a numeric target")]
    [InlineData("{\"target\":\"weather\",\"task\":\"binary\"}", "two distinct values")]
    [InlineData("{\"target\":\"weather\",\"features\":[\"wind\",\"weather\"]}", "cannot also be a feature")]
    [InlineData("{\"target\":\"weather\",\"features\":[\"humidity\"]}", "no column 'humidity'")]
    [InlineData("{\"target\":\"weather\",\"algorithm\":\"fastForest\"}", "not an algorithm for multiclass")]
    [InlineData("{\"target\":\"weather\",\"parameters\":{\"numberOfLeaves\":1000}}", "'numberOfLeaves' must be between")]
    [InlineData("{\"target\":\"weather\",\"parameters\":{\"depth\":3}}", "has no parameter 'depth'")]
    [InlineData("{\"target\":\"date\"}", "holds dates")]
    [InlineData("{\"target\":\"weather\",\"testFraction\":0.9}", "Test Fraction")]
    public async Task What_cannot_be_trained_is_refused_with_400(string body, string reason)
    {
        var json = $"{{\"datasetId\":\"{models.Weather}\",{body[1..]}";
        var before = await (await Owner.Client.GetAsync($"/api/models?datasetId={models.Weather}")).JsonAsync();

        var problem = await (await Owner.Client.PostAsync("/api/models/train", new StringContent(json, System.Text.Encoding.UTF8, "application/json"))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(reason, problem.TryGetProperty("detail", out var detail) ? detail.GetString() : problem.GetProperty("errors").GetRawText());
        var after = await (await Owner.Client.GetAsync($"/api/models?datasetId={models.Weather}")).JsonAsync();
        Assert.Equal(before.GetProperty("total").GetInt64(), after.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_target_with_a_single_value_is_refused()
    {
        var csv = "kind,size\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"same,{i}\n"));
        var dataset = (await (await Owner.Client.UploadAsync("constant.csv", csv)).JsonAsync(HttpStatusCode.Created)).Id();

        var problem = await (await Owner.Client.PostAsJsonAsync("/api/models/train", new { datasetId = dataset, target = "kind" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("single distinct value", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Text_booleans_and_missing_values_need_no_preparation()
    {
        var rows = Enumerable.Range(0, 300).Select(i =>
        {
            var big = i % 3 == 0;
            var note = i % 7 == 0 ? "" : big ? $"a large order from a returning customer number {i}" : $"small quick purchase online ticket {i}";
            var size = i % 11 == 0 ? "" : (big ? 100 + i % 50 : 10 + i % 20).ToString();
            return $"{size},{(i % 2 == 0 ? "true" : "false")},\"{note}\",{(big ? "yes" : "no")}";
        });
        var dataset = (await (await Owner.Client.UploadAsync("orders.csv", "size,member,note,big\n" + string.Join('\n', rows))).JsonAsync(HttpStatusCode.Created)).Id();

        var model = await TrainedModels.TrainAsync(Owner, new { datasetId = dataset, target = "big", algorithm = "lbfgs" });

        Assert.Equal("ready", model.GetProperty("status").GetString());
        var kinds = model.GetProperty("features").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("kind").GetString());
        Assert.Equal("number", kinds["size"]);
        Assert.Equal("boolean", kinds["member"]);
        Assert.Equal("text", kinds["note"]);
        Assert.InRange(model.GetProperty("metrics").GetProperty("accuracy").GetDouble(), 0.9, 1.0);
    }

    [Fact]
    public async Task Models_are_listed_read_downloaded_and_deleted_by_their_owner_only()
    {
        var stranger = await Person.RegisterAsync(models.Factory);
        var member = await Person.RegisterAsync(models.Factory);
        await Owner.AddMemberAsync(models.Room, member.Email, "viewer");
        var model = await TrainedModels.TrainAsync(Owner, new { datasetId = models.Iowa, target = "net_generation" });
        var id = model.Id();

        var mine = await (await Owner.Client.GetAsync("/api/models")).JsonAsync();
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), m => m.Id() == id);
        var artifact = await Owner.Client.GetAsync($"/api/models/{id}/artifact");
        await artifact.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("application/zip", artifact.Content.Headers.ContentType?.MediaType);
        var zip = await artifact.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', zip[0]);
        Assert.Equal((byte)'K', zip[1]);

        await (await stranger.Client.GetAsync($"/api/models/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.GetAsync($"/api/models?datasetId={models.Iowa}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/api/models/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        // The room member reads models of the room's weather data, not the owner's private iowa one.
        await (await member.Client.GetAsync($"/api/models/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        var shared = models.WeatherType.Id();
        await (await member.Client.GetAsync($"/api/models/{shared}")).JsonAsync();
        await (await member.Client.DeleteAsync($"/api/models/{shared}")).ProblemAsync(HttpStatusCode.Forbidden);

        await (await Owner.Client.DeleteAsync($"/api/models/{id}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await Owner.Client.GetAsync($"/api/models/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.Client.GetAsync($"/api/models/{id}/artifact")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Room_members_lose_a_model_when_its_dataset_is_unlinked_from_their_room()
    {
        var member = await Person.RegisterAsync(models.Factory);
        var room = await Owner.CreateRoomAsync("Short-lived share");
        await Owner.AddMemberAsync(room, member.Email, "viewer");
        var dataset = (await (await Owner.Client.UploadSharedAsync("weather.csv")).JsonAsync(HttpStatusCode.Created)).Id();
        await (await Owner.Client.PostAsJsonAsync($"/api/rooms/{room}/datasets", new { datasetId = dataset })).EnsureStatus(HttpStatusCode.OK);
        var id = (await TrainedModels.TrainAsync(Owner, new { datasetId = dataset, target = "weather" })).Id();
        string[] reads = [$"/api/models/{id}", $"/api/experiments/{id}/error-analysis", $"/api/models/{id}/artifact"];
        foreach (var read in reads) await (await member.Client.GetAsync(read)).EnsureStatus(HttpStatusCode.OK);

        await (await Owner.Client.DeleteAsync($"/api/rooms/{room}/datasets/{dataset}")).EnsureStatus(HttpStatusCode.NoContent);

        foreach (var read in reads) await (await member.Client.GetAsync(read)).ProblemAsync(HttpStatusCode.NotFound);
        await (await member.Client.GetAsync($"/api/models?datasetId={dataset}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.Client.GetAsync($"/api/experiments/{id}/error-analysis")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_user_may_only_have_a_few_trainings_waiting_or_running()
    {
        await using var factory = await new PlatformFactory().With("Platform:Models:QueuedTrainingsPerUser", "1").StartAsync();
        var person = await Person.RegisterAsync(factory);
        var dataset = (await (await person.Client.UploadSharedAsync("weather.csv")).JsonAsync(HttpStatusCode.Created)).Id();

        var tuning = await (await person.Client.PostAsJsonAsync("/api/experiments/tune", new { datasetId = dataset, target = "weather", trials = 20 })).JsonAsync(HttpStatusCode.Accepted);
        var refused = await person.Client.PostAsJsonAsync("/api/models/train", new { datasetId = dataset, target = "weather" });
        var other = await Person.RegisterAsync(factory);
        var othersDataset = (await (await other.Client.UploadSharedAsync("weather.csv")).JsonAsync(HttpStatusCode.Created)).Id();
        var othersTraining = await other.Client.PostAsJsonAsync("/api/models/train", new { datasetId = othersDataset, target = "weather" });

        await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.Contains("Retry-After"));
        await othersTraining.EnsureStatus(HttpStatusCode.Accepted);
        Assert.Contains(tuning.GetProperty("status").GetString(), new[] { "queued", "running" });
    }

    [Fact]
    public async Task Templates_list_each_tasks_algorithms_and_parameters()
    {
        var templates = await (await Owner.Client.GetAsync("/api/models/templates")).JsonAsync();

        var tasks = templates.GetProperty("tasks").EnumerateArray().ToDictionary(t => t.GetProperty("task").GetString()!);
        Assert.Equal(["binary", "multiclass", "regression"], tasks.Keys.Order());
        Assert.Equal(["rSquared", "rmse", "mae", "mse"], tasks["regression"].GetProperty("metrics").EnumerateArray().Select(m => m.GetString()));
        var lightGbm = tasks["regression"].GetProperty("algorithms").EnumerateArray().First(a => a.GetProperty("name").GetString() == "lightGbm");
        var leaves = lightGbm.GetProperty("parameters").EnumerateArray().First(p => p.GetProperty("name").GetString() == "numberOfLeaves");
        Assert.Equal(31, leaves.GetProperty("default").GetDouble());
        Assert.Equal("integer", leaves.GetProperty("type").GetString());
    }
}
