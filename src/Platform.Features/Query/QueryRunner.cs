using System.Collections.Concurrent;
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
/// Memory is bounded three ways: a user has at most <see cref="QueryOptions.ConcurrentPerUser"/> queries running
/// (429 beyond), the instance runs at most <see cref="QueryOptions.ConcurrentQueries"/> (each within DuckDB's
/// memory limit; the rest wait their turn within the timeout), and an answer over
/// <see cref="QueryOptions.MaxAnswerBytes"/> is refused while it is read. The cache counts bytes, not rows.
/// </summary>
public sealed class QueryRunner(
    SqlGuard guard, QueryResultCache cache, QueryConnections connections, DatasetFiles files, DataFolder dataFolder, IOptions<QueryOptions> options)
{
    private readonly SemaphoreSlim _running = new(options.Value.ConcurrentQueries, options.Value.ConcurrentQueries);
    private readonly ConcurrentDictionary<Guid, int> _runningPerUser = new();

    public Task<SqlAnswer> RunAsync(QueryScope scope, string sql, int limit, bool force, CancellationToken ct) =>
        RunCheckedAsync(scope, sql, guard.Check(sql), limit, force, ct);

    /// <summary>Runs a query the caller has already passed through the guard, counted and timed by outcome.</summary>
    /// <param name="normalForm">What <see cref="SqlGuard.Check"/> returned for <paramref name="sql"/>.</param>
    public async Task<SqlAnswer> RunCheckedAsync(QueryScope scope, string sql, string normalForm, int limit, bool force, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var answer = await ExecuteAsync(scope, sql, normalForm, limit, force, ct);
            outcome = answer.Cached ? "cached" : "ok";
            return answer;
        }
        finally
        {
            if (!ct.IsCancellationRequested)
            {
                var tag = new KeyValuePair<string, object?>("outcome", outcome);
                PlatformMetrics.Queries.Add(1, tag);
                PlatformMetrics.QueryDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tag);
            }
        }
    }

    private async Task<SqlAnswer> ExecuteAsync(QueryScope scope, string sql, string normalForm, int limit, bool force, CancellationToken ct)
    {
        var settings = options.Value;
        var key = $"{scope.Key}|{limit}|{normalForm}";
        if (settings.Cache.Enabled && !force && cache.Entries.TryGetValue(key, out QueryResult? hit) && hit is not null)
            return new SqlAnswer(hit.Columns, hit.Rows, hit.Rows.Count, hit.Truncated, 0, true);

        using var turn = await TakeTurnAsync(scope.UserId, settings, ct);
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
                    return DuckDbQuery.Run(lease.Connection, sql, limit, settings.MaxAnswerBytes, timeout.Token);
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
            throw SqlGuard.Refused(Describe(e, datasets.Select(d => d.Item2).Append(dataFolder.Path)));
        }
        catch (DuckDBException) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }

        // The timer that interrupts DuckDB may fire late on a busy machine: an answer past the limit is still too late.
        if (started.ElapsedMilliseconds > settings.TimeoutMs) throw TimedOut(settings.TimeoutMs);
        // Whatever way a query found to name a server file (the guard refuses the known ones), the answer does not show it.
        if (result.Rows.Any(row => row.Any(v => v is string text && text.Contains(dataFolder.Path, StringComparison.Ordinal))))
            throw SqlGuard.Refused("The answer would show a file path of the server, so it is withheld.");
        if (settings.Cache.Enabled)
            cache.Entries.Set(key, result, new MemoryCacheEntryOptions { Size = result.Bytes + 1, AbsoluteExpirationRelativeToNow = settings.Cache.Ttl });
        return new SqlAnswer(result.Columns, result.Rows, result.Rows.Count, result.Truncated, result.ElapsedMs, false);
    }

    /// <summary>A place among the user's running queries, then one of the instance's; released when disposed.</summary>
    private async Task<IDisposable> TakeTurnAsync(Guid userId, QueryOptions settings, CancellationToken request)
    {
        if (_runningPerUser.AddOrUpdate(userId, 1, (_, n) => n + 1) > settings.ConcurrentPerUser)
        {
            Leave(userId);
            throw new ProblemException(StatusCodes.Status429TooManyRequests, "Too many queries at once",
                $"At most {settings.ConcurrentPerUser} of your queries run at once; retry when one has finished.") { RetryAfter = TimeSpan.FromSeconds(1) };
        }
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(request);
        patience.CancelAfter(settings.TimeoutMs);
        try
        {
            await _running.WaitAsync(patience.Token);
        }
        catch (OperationCanceledException) when (!request.IsCancellationRequested)
        {
            Leave(userId);
            throw new ProblemException(StatusCodes.Status429TooManyRequests, "Busy",
                "The service is running as many queries as it can; retry shortly.") { RetryAfter = TimeSpan.FromSeconds(1) };
        }
        catch
        {
            Leave(userId);
            throw;
        }
        return new Turn(this, userId);
    }

    private void Leave(Guid userId)
    {
        if (_runningPerUser.AddOrUpdate(userId, 0, (_, n) => n - 1) <= 0) _runningPerUser.TryRemove(KeyValuePair.Create(userId, 0));
    }

    private sealed class Turn(QueryRunner runner, Guid userId) : IDisposable
    {
        public void Dispose()
        {
            runner._running.Release();
            runner.Leave(userId);
        }
    }

    private static ProblemException TimedOut(int timeoutMs) => new(StatusCodes.Status400BadRequest, "Query timed out",
        $"The query ran longer than {timeoutMs} ms and was stopped; narrow it down or aggregate first.");

    /// <summary>DuckDB's first lines about the problem, without the data files' paths or any other path under the data folder.</summary>
    private static string Describe(DuckDBException e, IEnumerable<string> paths)
    {
        var message = paths.Aggregate(e.Message, (text, path) => text.Replace(path, "(dataset)"));
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .TakeWhile(l => !l.StartsWith("LINE ", StringComparison.Ordinal));
        return string.Join(' ', lines);
    }
}
