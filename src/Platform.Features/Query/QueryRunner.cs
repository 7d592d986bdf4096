using System.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Datasets;
using DuckDB.NET.Data;

namespace Platform.Features.Query;

/// <summary>An answer as the API gives it.</summary>
public sealed record SqlAnswer(IReadOnlyList<QueryColumn> Columns, IReadOnlyList<object?[]> Rows, int RowCount, bool Truncated, long ElapsedMs, bool Cached);

/// <summary>Answers already computed, by scope (with dataset versions), normal form of the SQL and limit.</summary>
public sealed record QueryResultCache(IMemoryCache Entries);

/// <summary>
/// Checks, caches and runs a query within its scope: the statement timeout interrupts DuckDB, a request that
/// goes away cancels its query, and DuckDB's complaints about the SQL become 400s without server paths.
/// </summary>
public sealed class QueryRunner(SqlGuard guard, QueryResultCache cache, QueryConnections connections, DatasetFiles files, IOptions<QueryOptions> options)
{
    public Task<SqlAnswer> RunAsync(QueryScope scope, string sql, int limit, bool force, CancellationToken ct) =>
        RunCheckedAsync(scope, sql, guard.Check(sql), limit, force, ct);

    /// <summary>Runs a query the caller has already passed through the guard.</summary>
    /// <param name="normalForm">What <see cref="SqlGuard.Check"/> returned for <paramref name="sql"/>.</param>
    public async Task<SqlAnswer> RunCheckedAsync(QueryScope scope, string sql, string normalForm, int limit, bool force, CancellationToken ct)
    {
        var settings = options.Value;
        var key = $"{scope.Key}|{limit}|{normalForm}";
        if (settings.Cache.Enabled && !force && cache.Entries.TryGetValue(key, out QueryResult? hit) && hit is not null)
            return new SqlAnswer(hit.Columns, hit.Rows, hit.Rows.Count, hit.Truncated, 0, true);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.TimeoutMs);
        var started = Stopwatch.StartNew();
        var datasets = scope.Datasets.Select(d => (d, files.Data(d))).ToList();
        QueryResult result;
        try
        {
            result = await Task.Run(() =>
            {
                using var lease = connections.Rent(datasets);
                try
                {
                    return DuckDbQuery.Run(lease.Connection, sql, limit, timeout.Token);
                }
                catch
                {
                    lease.Failed = true;
                    throw;
                }
            }, CancellationToken.None);
        }
        catch (Exception e) when (e is DuckDBException or OperationCanceledException && !ct.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            throw TimedOut(settings.TimeoutMs);
        }
        catch (DuckDBException e) when (!ct.IsCancellationRequested)
        {
            throw SqlGuard.Refused(Describe(e, datasets.Select(d => d.Item2)));
        }
        catch (DuckDBException) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }

        // The timer that interrupts DuckDB may fire late on a busy machine: an answer past the limit is still too late.
        if (started.ElapsedMilliseconds > settings.TimeoutMs) throw TimedOut(settings.TimeoutMs);
        if (settings.Cache.Enabled)
            cache.Entries.Set(key, result, new MemoryCacheEntryOptions { Size = result.Rows.Count + 1, AbsoluteExpirationRelativeToNow = settings.Cache.Ttl });
        return new SqlAnswer(result.Columns, result.Rows, result.Rows.Count, result.Truncated, result.ElapsedMs, false);
    }

    private static ProblemException TimedOut(int timeoutMs) => new(StatusCodes.Status400BadRequest, "Query timed out",
        $"The query ran longer than {timeoutMs} ms and was stopped; narrow it down or aggregate first.");

    /// <summary>DuckDB's first lines about the problem, without the data files' paths.</summary>
    private static string Describe(DuckDBException e, IEnumerable<string> paths)
    {
        var message = paths.Aggregate(e.Message, (text, path) => text.Replace(path, "(dataset)"));
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .TakeWhile(l => !l.StartsWith("LINE ", StringComparison.Ordinal));
        return string.Join(' ', lines);
    }
}
