using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Assistant;

/// <summary>One service with a person owning three sample datasets, and the way tests talk to the assistant.</summary>
public sealed class AssistantSamples : IAsyncLifetime
{
    public PlatformFactory Factory { get; } = new();
    public Person Owner { get; private set; } = null!;
    public Dictionary<string, Guid> Datasets { get; } = [];

    public async Task InitializeAsync()
    {
        await Factory.StartAsync();
        Owner = await Person.RegisterAsync(Factory);
        foreach (var file in new[] { "stocks.csv", "gapminder.json", "weather.csv" })
            Datasets[Path.GetFileNameWithoutExtension(file)] = (await (await Owner.Client.UploadSharedAsync(file)).JsonAsync(HttpStatusCode.Created)).Id();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>The assistant's test classes share one service and its samples (and so run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class AssistantCollection : ICollectionFixture<AssistantSamples>
{
    public const string Name = "Assistant";
}

/// <summary>A turn's frame as sent: its SSE id, event type and JSON data.</summary>
public sealed record TurnFrame(string Id, string Event, JsonElement Data)
{
    public long Seq => long.Parse(Id[(Id.LastIndexOf(':') + 1)..]);
    public string? CallId => Data.TryGetProperty("callId", out var id) ? id.GetString() : null;
}

public static class Turns
{
    /// <summary>Sends a message and reads the turn's whole stream.</summary>
    public static async Task<List<TurnFrame>> ChatAsync(this HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/chat", request);
        await response.EnsureStatus(HttpStatusCode.OK);
        return await FramesAsync(response);
    }

    public static async Task<List<TurnFrame>> FramesAsync(HttpResponseMessage response) =>
        (await Sse.ReadAllAsync(response)).Select(f => new TurnFrame(f.EventId!, f.EventType, JsonDocument.Parse(f.Data).RootElement)).ToList();

    public static Guid MessageId(this List<TurnFrame> frames) => frames[0].Data.GetProperty("messageId").GetGuid();

    public static Guid ConversationId(this List<TurnFrame> frames) => frames[0].Data.GetProperty("conversationId").GetGuid();

    /// <summary>What the assistant wrote, from its deltas.</summary>
    public static string Text(this List<TurnFrame> frames) => string.Concat(frames.Where(f => f.Event == "message.delta").Select(f => f.Data.GetProperty("delta").GetString()));

    public static TurnFrame Single(this List<TurnFrame> frames, string type) => Assert.Single(frames, f => f.Event == type);
}
