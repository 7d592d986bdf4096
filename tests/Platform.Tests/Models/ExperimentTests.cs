using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Tests.Models;

public sealed class ExperimentTests(TrainedModels models) : IClassFixture<TrainedModels>
{
    private Person Owner => models.Owner;
    private Guid WeatherType => models.WeatherType.Id();
    private Guid MaxTemperature => models.MaxTemperature.Id();

    [Fact]
    public async Task A_classifier_is_evaluated_with_its_confusion_matrix()
    {
        var evaluation = await (await Owner.Client.GetAsync($"/api/experiments/{WeatherType}/evaluation")).JsonAsync();

        Assert.Equal("macroAccuracy", evaluation.GetProperty("primaryMetric").GetString());
        var matrix = evaluation.GetProperty("confusionMatrix");
        var classes = matrix.GetProperty("classes").EnumerateArray().Select(c => c.GetString()).ToList();
        var counts = matrix.GetProperty("counts").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetInt64()).ToList()).ToList();
        Assert.Equal(5, classes.Count);
        Assert.All(counts, row => Assert.Equal(5, row.Count));
        Assert.Equal(evaluation.GetProperty("testRowCount").GetInt64(), counts.Sum(r => r.Sum()));
        var correct = Enumerable.Range(0, 5).Sum(i => counts[i][i]);
        Assert.Equal(evaluation.GetProperty("metrics").GetProperty("microAccuracy").GetDouble(), (double)correct / counts.Sum(r => r.Sum()), 4);
        Assert.Equal(JsonValueKind.Null, evaluation.GetProperty("residuals").ValueKind);
    }

    [Fact]
    public async Task A_regression_is_evaluated_with_its_residuals()
    {
        var evaluation = await (await Owner.Client.GetAsync($"/api/experiments/{MaxTemperature}/evaluation")).JsonAsync();

        var residuals = evaluation.GetProperty("residuals");
        Assert.Equal(evaluation.GetProperty("testRowCount").GetInt64(), residuals.GetProperty("count").GetInt64());
        Assert.True(residuals.GetProperty("min").GetDouble() <= residuals.GetProperty("median").GetDouble());
        Assert.True(residuals.GetProperty("median").GetDouble() <= residuals.GetProperty("max").GetDouble());
        Assert.InRange(residuals.GetProperty("mean").GetDouble(), -2, 2);
        Assert.Equal(JsonValueKind.Null, evaluation.GetProperty("confusionMatrix").ValueKind);
    }

    [Fact]
    public async Task Importance_ranks_every_input_column_and_the_season_matters_most_for_temperature()
    {
        var importance = await (await Owner.Client.GetAsync($"/api/experiments/{MaxTemperature}/importance")).JsonAsync();

        Assert.Equal("rSquared", importance.GetProperty("metric").GetString());
        var features = importance.GetProperty("features").EnumerateArray().Select(f => (Name: f.GetProperty("feature").GetString(), Value: f.GetProperty("importance").GetDouble())).ToList();
        Assert.Equal(["date", "location", "precipitation", "weather", "wind"], features.Select(f => f.Name).Order());
        Assert.Equal("date", features[0].Name);
        Assert.True(features[0].Value > 0.1, $"date: {features[0].Value}");
        Assert.Equal(features.OrderByDescending(f => f.Value).Select(f => f.Name), features.Select(f => f.Name));
    }

    [Fact]
    public async Task Error_analysis_shows_the_worst_predictions_and_errors_per_segment()
    {
        var analysis = await (await Owner.Client.GetAsync($"/api/experiments/{WeatherType}/error-analysis")).JsonAsync();

        Assert.Equal("errorRate", analysis.GetProperty("errorMeasure").GetString());
        var worst = analysis.GetProperty("worst").EnumerateArray().ToList();
        Assert.InRange(worst.Count, 1, 10);
        Assert.All(worst, w => Assert.NotEqual(w.GetProperty("actual").GetString(), w.GetProperty("predicted").GetString()));
        Assert.True(worst[0].GetProperty("row").TryGetProperty("wind", out _));
        var segments = analysis.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(["New York", "Seattle"], segments.Where(s => s.GetProperty("feature").GetString() == "location").Select(s => s.GetProperty("value").GetString()).Order());
        Assert.All(segments, s => Assert.InRange(s.GetProperty("error").GetDouble(), 0, 1));
    }

    [Fact]
    public async Task Models_of_one_task_compare_and_the_best_is_named()
    {
        var sdca = await TrainedModels.TrainAsync(Owner, new { datasetId = models.Weather, target = "temp_max", exclude = new[] { "temp_min" }, algorithm = "sdca" });

        var comparison = await (await Owner.Client.PostAsJsonAsync("/api/experiments/compare", new { modelIds = new[] { sdca.Id(), MaxTemperature } })).JsonAsync();

        Assert.Equal("rSquared", comparison.GetProperty("primaryMetric").GetString());
        var compared = comparison.GetProperty("models").EnumerateArray().ToList();
        var best = compared.MaxBy(m => m.GetProperty("metrics").GetProperty("rSquared").GetDouble());
        Assert.Equal(best.Id(), comparison.GetProperty("best").GetGuid());
        Assert.Equal(1, best.GetProperty("rank").GetInt32());
        await (await Owner.Client.PostAsJsonAsync("/api/experiments/compare", new { modelIds = new[] { WeatherType, MaxTemperature } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.Client.PostAsJsonAsync("/api/experiments/compare", new { modelIds = new[] { WeatherType } })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.Client.PostAsJsonAsync("/api/experiments/compare", new { modelIds = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.Client.PostAsJsonAsync("/api/experiments/compare", new { modelIds = new[] { WeatherType, Guid.NewGuid() } })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Tuning_runs_its_trials_in_the_background_and_registers_the_best_model()
    {
        var started = await (await Owner.Client.PostAsJsonAsync("/api/experiments/tune", new { datasetId = models.Iowa, target = "net_generation", trials = 6, seed = 3 })).JsonAsync(HttpStatusCode.Accepted);
        var id = started.Id();
        JsonElement run;
        do
        {
            await Task.Delay(100);
            run = await (await Owner.Client.GetAsync($"/api/experiments/tuning/{id}")).JsonAsync();
        }
        while (run.GetProperty("status").GetString() is "queued" or "running");

        Assert.Equal("done", run.GetProperty("status").GetString());
        var trials = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(6, trials.Count);
        Assert.Equal(["fastForest", "fastTree", "lightGbm", "sdca"], trials.Select(t => t.GetProperty("algorithm").GetString()).Distinct().Order());
        var best = trials.Where(t => t.GetProperty("score").ValueKind == JsonValueKind.Number).MaxBy(t => t.GetProperty("score").GetDouble());
        Assert.Equal(best.GetProperty("number").GetInt32(), run.GetProperty("bestTrial").GetInt32());
        var model = await TrainedModels.WaitAsync(Owner, run.GetProperty("bestModelId").GetGuid());
        Assert.Equal("ready", model.GetProperty("status").GetString());
        Assert.Equal(best.GetProperty("algorithm").GetString(), model.GetProperty("algorithm").GetString());
        Assert.Equal(id, model.GetProperty("tuningId").GetGuid());
        var stranger = await Person.RegisterAsync(models.Factory);
        await (await stranger.Client.GetAsync($"/api/experiments/tuning/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await Owner.Client.PostAsJsonAsync("/api/experiments/tune", new { datasetId = models.Iowa, target = "net_generation", trials = 201 })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.Client.PostAsJsonAsync("/api/experiments/tune", new { datasetId = models.Iowa, target = "net_generation", trials = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await Owner.Client.PostAsJsonAsync("/api/experiments/tune", new { datasetId = models.Iowa, target = "net_generation", trials = 5, algorithms = new[] { "lbfgs" } })).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
