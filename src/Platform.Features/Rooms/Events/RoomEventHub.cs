using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Platform.Features.Rooms;

/// <summary>Thrown to a subscriber that fell too far behind; it reconnects with Last-Event-ID to resume.</summary>
public sealed class SubscriberOverflowException() : Exception("The subscriber fell too far behind and was disconnected; reconnect with Last-Event-ID.");

/// <summary>
/// This instance's subscribers, per room; each has a bounded buffer so a slow one never grows memory. Quiet
/// subscriptions get a heartbeat (a null item) from one timer for all: a timer and a linked token per subscriber, made
/// and dropped on every event, slowed each event's fan-out to thousands of subscribers by about a third (docs/benchmarks.md).
/// </summary>
public sealed class RoomEventHub : IDisposable
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Subscription, byte>> _rooms = new();
    private readonly RoomEventsOptions _options;
    private readonly Timer _heartbeats;
    private long _lastDispatchedId = -1;

    public RoomEventHub(IOptions<RoomEventsOptions> options)
    {
        _options = options.Value;
        _heartbeats = new Timer(_ => Beat(), null, _options.HeartbeatInterval, _options.HeartbeatInterval);
    }

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
        var subscription = new Subscription(this, roomId, _options.SubscriberBuffer);
        _rooms.GetOrAdd(roomId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Dispatch(RoomEventRecord record)
    {
        Volatile.Write(ref _lastDispatchedId, record.Id);
        if (!_rooms.TryGetValue(record.RoomId, out var subscribers)) return;
        foreach (var subscription in subscribers.Keys)
        {
            subscription.Quiet = false;
            if (!subscription.Writer.TryWrite(record))
                subscription.Writer.TryComplete(new SubscriberOverflowException());
        }
    }

    /// <summary>A heartbeat to every subscription that was handed nothing since the last beat (a full buffer needs none).</summary>
    private void Beat()
    {
        foreach (var subscribers in _rooms.Values)
        foreach (var subscription in subscribers.Keys)
        {
            if (subscription.Quiet) subscription.Writer.TryWrite(null);
            subscription.Quiet = true;
        }
    }

    public void Dispose() => _heartbeats.Dispose();

    private void Remove(Subscription subscription)
    {
        if (_rooms.TryGetValue(subscription.RoomId, out var subscribers)) subscribers.TryRemove(subscription, out _);
    }

    public sealed class Subscription : IDisposable
    {
        private readonly RoomEventHub _hub;
        private readonly Channel<RoomEventRecord?> _channel;

        internal Subscription(RoomEventHub hub, Guid roomId, int capacity)
        {
            _hub = hub;
            RoomId = roomId;
            _channel = Channel.CreateBounded<RoomEventRecord?>(new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.Wait, SingleReader = true, SingleWriter = false,
            });
        }

        public Guid RoomId { get; }
        /// <summary>The room's events, and a null item whenever the subscription has been quiet for a heartbeat interval.</summary>
        public ChannelReader<RoomEventRecord?> Reader => _channel.Reader;
        internal ChannelWriter<RoomEventRecord?> Writer => _channel.Writer;
        /// <summary>Nothing handed to it since the last heartbeat; written without a lock, as a missed or extra beat is harmless.</summary>
        internal bool Quiet { get; set; } = true;

        public void Dispose()
        {
            _hub.Remove(this);
            _channel.Writer.TryComplete();
        }
    }
}
