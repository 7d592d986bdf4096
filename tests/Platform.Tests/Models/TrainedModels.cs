using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Models;

/// <summary>
/// One service with the weather and iowa-electricity samples (weather in a room) and two models trained
/// once through HTTP: the weather type from the other weather columns (multiclass), and the maximum
/// temperature (regression). Tests that need a ready model share these.
/// </summary>
public sealed class TrainedModels : IAsyncLifetime
{
    public PlatformFactory Factory { get; } = new();
    public Person Owner { get; private set; } = null!;
    public Guid Room { get; private set; }
    public Guid Weather { get; private set; }
    public Guid Iowa { get; private set; }
    public JsonElement WeatherType { get; private set; }
    public JsonElement MaxTemperature { get; private set; }

    public async Task InitializeAsync()
    {
        await Factory.StartAsync();
        Owner = await Person.RegisterAsync(Factory);
        Room = await Owner.CreateRoomAsync("Forecasts");
        Weather = (await (await Owner.Client.UploadSharedAsync("weather.csv")).JsonAsync(HttpStatusCode.Created)).Id();
        Iowa = (await (await Owner.Client.UploadSharedAsync("iowa-electricity.csv")).JsonAsync(HttpStatusCode.Created)).Id();
        await (await Owner.Client.PostAsJsonAsync($"/api/rooms/{Room}/datasets", new { datasetId = Weather })).EnsureStatus(HttpStatusCode.OK);
        WeatherType = await TrainAsync(Owner, new { datasetId = Weather, target = "weather" });
        MaxTemperature = await TrainAsync(Owner, new { datasetId = Weather, target = "temp_max", exclude = new[] { "temp_min" } });
    }

    /// <summary>Starts a training and waits for it to end; returns the model as GET shows it.</summary>
    public static async Task<JsonElement> TrainAsync(Person person, object request)
    {
        var queued = await (await person.Client.PostAsJsonAsync("/api/models/train", request)).JsonAsync(HttpStatusCode.Accepted);
        return await WaitAsync(person, queued.Id());
    }

    public static Task<JsonElement> WaitAsync(Person person, Guid modelId) =>
        Eventually.Until(async () => await (await person.Client.GetAsync($"/api/models/{modelId}")).JsonAsync(),
            model => model.GetProperty("status").GetString() is "ready" or "failed", TimeSpan.FromMinutes(1));

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
