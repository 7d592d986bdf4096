using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Query;

public sealed class NlStreamTests(SampleDatasets samples) : IClassFixture<SampleDatasets>
{
    private sealed record Frame(string? Id, string Event, JsonElement Data);

    private static async Task<List<Frame>> FramesAsync(HttpResponseMessage response)
    {
        await response.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var frames = new List<Frame>();
        foreach (var block in (await response.Content.ReadAsStringAsync()).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n').Where(l => !l.StartsWith(':')).ToList();
            if (lines.Count == 0) continue;
            string? Field(string name) => lines.FirstOrDefault(l => l.StartsWith(name + ": "))?[(name.Length + 2)..];
            frames.Add(new Frame(Field("id"), Field("event")!, JsonDocument.Parse(Field("data")!).RootElement));
        }
        return frames;
    }

    [Fact]
    public async Task An_answer_streams_its_steps_in_order_with_numbered_frames()
    {
        var response = await samples.Owner.Client.PostAsJsonAsync("/api/query/nl/stream", new { datasetId = samples.Datasets["stocks"].Id, question = "average price by symbol" });

        var frames = await FramesAsync(response);

        Assert.Equal(["schema", "plan", "sql", "validation", "execution", "result", "done"], frames.Select(f => f.Event));
        Assert.Equal(Enumerable.Range(1, frames.Count).Select(i => i.ToString()), frames.Select(f => f.Id));
        Assert.Equal(["symbol", "date", "price"], frames[0].Data.GetProperty("tables")[0].GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Contains("'price' → column price", frames[1].Data.GetProperty("plan").GetString());
        var result = frames[5].Data;
        Assert.Equal(frames[2].Data.GetProperty("sql").GetString(), result.GetProperty("sql").GetString());
        Assert.Equal(5, result.GetProperty("rowCount").GetInt32());
        Assert.Equal("bar", result.GetProperty("chart").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_question_it_cannot_place_streams_a_plan_and_a_cant_tell_result()
    {
        var frames = await FramesAsync(await samples.Owner.Client.PostAsJsonAsync("/api/query/nl/stream",
            new { datasetId = samples.Datasets["weather"].Id, question = "average humidity in Seattle" }));

        Assert.Equal(["schema", "plan", "result", "done"], frames.Select(f => f.Event));
        Assert.False(frames[1].Data.GetProperty("understood").GetBoolean());
        Assert.False(frames[2].Data.GetProperty("understood").GetBoolean());
        Assert.NotEmpty(frames[2].Data.GetProperty("suggestions").EnumerateArray());
    }

    [Fact]
    public async Task A_failure_after_the_stream_began_is_an_error_frame_with_problem_details_then_done()
    {
        await using var strict = await new PlatformFactory().With("Platform:Query:TimeoutMs", "1").StartAsync();
        var owner = await Person.RegisterAsync(strict);
        var dataset = (await (await owner.Client.UploadSharedAsync("weather.csv")).JsonAsync(HttpStatusCode.Created)).Id();

        var frames = await FramesAsync(await owner.Client.PostAsJsonAsync("/api/query/nl/stream", new { datasetId = dataset, question = "average wind by location and year" }));

        Assert.Equal(["schema", "plan", "sql", "validation", "execution", "error", "done"], frames.Select(f => f.Event));
        Assert.Equal(400, frames[5].Data.GetProperty("status").GetInt32());
        Assert.Contains("1 ms", frames[5].Data.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Bad_requests_and_strangers_get_plain_problem_details_not_a_stream()
    {
        var outsider = await Person.RegisterAsync(samples.Factory);

        await (await samples.Owner.Client.PostAsJsonAsync("/api/query/nl/stream", new { datasetId = samples.Datasets["stocks"].Id, question = " " })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await outsider.Client.PostAsJsonAsync("/api/query/nl/stream", new { datasetId = samples.Datasets["stocks"].Id, question = "average price" })).ProblemAsync(HttpStatusCode.NotFound);
    }
}
