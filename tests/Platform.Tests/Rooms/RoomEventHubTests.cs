using Microsoft.Extensions.Options;
using Platform.Features.Rooms;

namespace Platform.Tests.Rooms;

/// <summary>The in-process fan-out: pure logic, so tested directly.</summary>
public sealed class RoomEventHubTests
{
    private static RoomEventRecord Event(Guid room, long id) => new(id, room, "message.created", "{}", DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_subscriber_that_falls_behind_is_cut_off_after_its_buffer_and_others_are_not()
    {
        var hub = new RoomEventHub(Options.Create(new RoomEventsOptions { SubscriberBuffer = 4 }));
        var room = Guid.NewGuid();
        using var slow = hub.Subscribe(room);
        using var other = hub.Subscribe(Guid.NewGuid());

        for (var id = 1; id <= 10; id++) hub.Dispatch(Event(room, id));
        hub.Dispatch(Event(Guid.NewGuid(), 11));

        var buffered = new List<long>();
        while (slow.Reader.TryRead(out var e)) buffered.Add(e!.Id);
        Assert.Equal([1, 2, 3, 4], buffered);
        await Assert.ThrowsAsync<SubscriberOverflowException>(async () => await slow.Reader.WaitToReadAsync());
        Assert.False(other.Reader.TryRead(out _));
    }

    [Fact]
    public void Disposed_subscriptions_stop_receiving()
    {
        var hub = new RoomEventHub(Options.Create(new RoomEventsOptions()));
        var room = Guid.NewGuid();
        var subscription = hub.Subscribe(room);

        subscription.Dispose();
        hub.Dispatch(Event(room, 1));

        Assert.Equal(0, hub.SubscriberCount);
        Assert.False(subscription.Reader.TryRead(out _));
    }
}
