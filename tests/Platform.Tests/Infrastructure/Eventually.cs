namespace Platform.Tests.Infrastructure;

/// <summary>Waiting for work the service does in the background: read until a condition holds, or time runs out.</summary>
public static class Eventually
{
    /// <returns>The first value that satisfies <paramref name="done"/>, or the last one read when <paramref name="timeout"/> (30 s) ran out.</returns>
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null, TimeSpan? every = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow >= deadline) return value;
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }
    }
}
