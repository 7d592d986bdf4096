using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.Tests.Datasets;
using Platform.Tests.Jobs;

namespace Platform.Tests.Models;

public sealed class RetrainJobTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    /// <summary>weather.csv with its maximum temperatures replaced by noise: nothing can predict them.</summary>
    private static string NoisyWeather()
    {
        var random = new Random(7);
        var lines = File.ReadAllLines(Path.Combine(DatasetUploads.Samples, "weather.csv"));
        var column = Array.IndexOf(lines[0].Split(','), "temp_max");
        return string.Join('\n', lines.Select((line, i) =>
        {
            if (i == 0) return line;
            var cells = line.Split(',');
            cells[column] = (random.NextDouble() * 50 - 10).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
            return string.Join(',', cells);
        }));
    }

    [Fact]
    public async Task Retraining_on_fresh_data_registers_a_new_version_and_redeploys_it_only_when_better()
    {
        var owner = await Person.RegisterAsync(factory);
        var dataset = (await (await owner.Client.UploadAsync("weather.csv", NoisyWeather())).JsonAsync(HttpStatusCode.Created)).Id();
        var noisy = await TrainedModels.TrainAsync(owner, new { datasetId = dataset, target = "temp_max" });
        Assert.Equal("ready", noisy.GetProperty("status").GetString());
        var deployment = (await (await owner.Client.PostAsJsonAsync("/api/deployments", new { modelId = noisy.Id(), name = "temperature" })).JsonAsync(HttpStatusCode.Created)).Id();
        var form = new MultipartFormDataContent { { new ByteArrayContent(File.ReadAllBytes(Path.Combine(DatasetUploads.Samples, "weather.csv"))), "file", "weather.csv" } };
        (await owner.Client.PostAsync($"/api/datasets/{dataset}/reupload", form)).EnsureSuccessStatusCode();

        var job = await owner.Client.CreateJobAsync("model.retrain", new { modelId = noisy.Id(), redeploy = true });
        var done = await owner.Client.WaitForJobAsync(job.Id(), TimeSpan.FromMinutes(3), "done", "failed");

        Assert.Equal("done", done.GetProperty("status").GetString());
        var result = done.GetProperty("result");
        Assert.True(result.GetProperty("better").GetBoolean(), result.ToString());
        Assert.True(result.GetProperty("redeployed").GetBoolean());
        var retrained = result.GetProperty("modelId").GetGuid();
        var model = await (await owner.Client.GetAsync($"/api/models/{retrained}")).JsonAsync();
        Assert.Equal(noisy.Id(), model.GetProperty("retrainedFrom").GetGuid());
        Assert.True(model.GetProperty("metrics").GetProperty("rSquared").GetDouble() > noisy.GetProperty("metrics").GetProperty("rSquared").GetDouble());
        Assert.Equal(retrained, (await (await owner.Client.GetAsync($"/api/deployments/{deployment}")).JsonAsync()).GetProperty("modelId").GetGuid());

        // The same data and seed again: not better, so the deployment stays where it is.
        var again = await owner.Client.WaitForJobAsync((await owner.Client.CreateJobAsync("model.retrain", new { modelId = retrained, redeploy = true })).Id(),
            TimeSpan.FromMinutes(3), "done", "failed");
        Assert.False(again.GetProperty("result").GetProperty("redeployed").GetBoolean());
        Assert.Equal(retrained, (await (await owner.Client.GetAsync($"/api/deployments/{deployment}")).JsonAsync()).GetProperty("modelId").GetGuid());

        var stranger = await Person.RegisterAsync(factory);
        var refused = await stranger.Client.WaitForJobAsync((await stranger.Client.CreateJobAsync("model.retrain", new { modelId = retrained })).Id(), "done", "failed");
        Assert.Equal("failed", refused.GetProperty("status").GetString());
    }
}
