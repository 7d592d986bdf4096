using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Platform.Features.Rooms;

/// <summary>Thrown to a subscriber that fell too far behind; it reconnects with Last-Event-ID to resume.</summary>
public sealed class SubscriberOverflowException() : Exception("The subscriber fell too far behind and was disconnected; reconnect with Last-Event-ID.");

/// <summary>This instance's subscribers, per room; each has a bounded buffer so a slow one never grows memory.</summary>
public sealed class RoomEventHub(IOptions<RoomEventsOptions> options)
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Subscription, byte>> _rooms = new();
    private long _lastDispatchedId = -1;

    public int SubscriberCount => _rooms.Values.Sum(r => r.Count);

    /// <summary>
    /// The id of the last event handed to this instance's subscribers (or, before any, the log's last when the listener
    /// started); -1 until the listener has started. Where a live-only subscriber starts, without a database read each.
    /// </summary>
    public long LastDispatchedId => Volatile.Read(ref _lastDispatchedId);

    /// <summary>The listener starts after <paramref name="id"/>: events up to it were never this instance's to hand out.</summary>
    public void StartAfter(long id) => Volatile.Write(ref _lastDispatchedId, id);

    public Subscription Subscribe(Guid roomId)
    {
        var subscription = new Subscription(this, roomId, options.Value.SubscriberBuffer);
        _rooms.GetOrAdd(roomId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Dispatch(RoomEventRecord record)
    {
        Volatile.Write(ref _lastDispatchedId, record.Id);
        if (!_rooms.TryGetValue(record.RoomId, out var subscribers)) return;
        foreach (var subscription in subscribers.Keys)
            if (!subscription.Writer.TryWrite(record))
                subscription.Writer.TryComplete(new SubscriberOverflowException());
    }

    private void Remove(Subscription subscription)
    {
        if (_rooms.TryGetValue(subscription.RoomId, out var subscribers)) subscribers.TryRemove(subscription, out _);
    }

    public sealed class Subscription : IDisposable
    {
        private readonly RoomEventHub _hub;
        private readonly Channel<RoomEventRecord> _channel;

        internal Subscription(RoomEventHub hub, Guid roomId, int capacity)
        {
            _hub = hub;
            RoomId = roomId;
            _channel = Channel.CreateBounded<RoomEventRecord>(new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.Wait, SingleReader = true, SingleWriter = false,
            });
        }

        public Guid RoomId { get; }
        public ChannelReader<RoomEventRecord> Reader => _channel.Reader;
        internal ChannelWriter<RoomEventRecord> Writer => _channel.Writer;

        public void Dispose()
        {
            _hub.Remove(this);
            _channel.Writer.TryComplete();
        }
    }
}
