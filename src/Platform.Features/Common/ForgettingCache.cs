using System.Collections.Concurrent;

namespace Platform.Features.Common;

/// <summary>
/// What an instance read from the database, kept until a change tells it to forget (usually through
/// <see cref="AccessRevocations"/>). A read that raced a forgetting must not keep what it read before the change:
/// take <see cref="Generation"/> before reading and hand it to <see cref="Remember"/>. Emptied, not grown, past its bound.
/// </summary>
public sealed class ForgettingCache<TKey, TValue>(int maxEntries) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(TKey key, out TValue value) => _entries.TryGetValue(key, out value!);

    public void Remember(TKey key, TValue value, long generation)
    {
        if (_entries.Count >= maxEntries) _entries.Clear();
        _entries[key] = value;
        if (Generation != generation) _entries.TryRemove(key, out _);
    }

    /// <summary>Forgets the entries <paramref name="which"/> picks, or all of them when it is null.</summary>
    public void Forget(Func<TKey, TValue, bool>? which = null)
    {
        Interlocked.Increment(ref _generation);
        if (which is null)
        {
            _entries.Clear();
            return;
        }
        foreach (var (key, value) in _entries)
            if (which(key, value)) _entries.TryRemove(key, out _);
    }
}
