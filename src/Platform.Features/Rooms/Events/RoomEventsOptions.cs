namespace Platform.Features.Rooms;

/// <summary>Settings under <c>Platform:Rooms:Events</c>.</summary>
public sealed class RoomEventsOptions
{
    /// <summary>A reconnecting client is replayed at most this many missed events…</summary>
    public int ReplayLimit { get; set; } = 1000;
    /// <summary>…and none older than this; the log forgets older events.</summary>
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromHours(24);
    /// <summary>A subscriber handed nothing for this long gets a heartbeat comment (within twice this after its last event).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Events buffered per subscriber; a subscriber that falls further behind is disconnected (it can resume).</summary>
    public int SubscriberBuffer { get; set; } = 512;
}
