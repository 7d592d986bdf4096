using Marten;

namespace Platform.Features.Common;

public static class RetriedSaves
{
    /// <summary>
    /// Reads and changes documents with <paramref name="change"/>, then saves; when a background writer saved one of
    /// them in between (optimistic concurrency), forgets the attempt and changes the documents as now stored, up to
    /// five times. Returns what the successful attempt returned.
    /// </summary>
    public static async Task<T> SaveChangedAsync<T>(this IDocumentSession session, Func<Task<T>> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var changed = await change();
            try
            {
                await session.SaveChangesAsync(ct);
                return changed;
            }
            catch (JasperFx.ConcurrencyException) when (attempt < 5)
            {
                session.EjectAllPendingChanges();
            }
        }
    }
}
