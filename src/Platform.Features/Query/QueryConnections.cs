using DuckDB.NET.Data;
using Microsoft.Extensions.Options;
using Platform.Features.Datasets;

namespace Platform.Features.Query;

/// <summary>
/// Warm query connections: an in-memory DuckDB with a set of dataset files attached read-only, their tables
/// shown under the datasets' table names, external access off and the configuration locked. Opening and
/// attaching costs tens of milliseconds and a cold buffer pool, so idle connections are kept for their next
/// query on the same files (a new dataset version is a new file, hence never a stale answer). A connection
/// serves one query at a time; one whose query failed is closed rather than reused.
/// </summary>
public sealed class QueryConnections(IOptions<QueryOptions> options, TimeProvider clock) : IDisposable
{
    private sealed record Idle(string Key, DuckDBConnection Connection, DateTimeOffset Since);

    private readonly Lock _gate = new();
    private readonly LinkedList<Idle> _idle = [];

    public sealed class Lease(QueryConnections pool, string key, DuckDBConnection connection) : IDisposable
    {
        public DuckDBConnection Connection { get; } = connection;

        /// <summary>Set when the connection's query failed: it is closed instead of kept.</summary>
        public bool Failed { get; set; }

        public void Dispose() => pool.Return(key, Connection, Failed);
    }

    public Lease Rent(IReadOnlyList<(Dataset Dataset, string Path)> datasets)
    {
        var key = string.Join('|', datasets.Select(d => $"{d.Dataset.TableName}={d.Path}"));
        var closing = new List<DuckDBConnection>();
        DuckDBConnection? warm = null;
        lock (_gate)
        {
            Trim(closing);
            for (var node = _idle.First; node is not null; node = node.Next)
                if (node.Value.Key == key)
                {
                    _idle.Remove(node);
                    warm = node.Value.Connection;
                    break;
                }
        }
        foreach (var c in closing) c.Dispose();
        return new Lease(this, key, warm ?? Open(datasets, options.Value.MemoryLimitMb));
    }

    private static DuckDBConnection Open(IReadOnlyList<(Dataset Dataset, string Path)> datasets, int memoryLimitMb)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            var setup = new List<string> { $"set memory_limit = '{memoryLimitMb}MB'" };
            for (var i = 0; i < datasets.Count; i++)
            {
                var (dataset, path) = datasets[i];
                var table = DuckDbIngest.Identifier(dataset.TableName);
                setup.Add($"attach {DuckDbIngest.Literal(path)} as d{i} (read_only)");
                setup.Add($"create view {table} as select * from d{i}.main.{table}");
            }
            setup.Add("set enable_external_access = false; set autoinstall_known_extensions = false; set autoload_known_extensions = false; set lock_configuration = true");
            using var command = connection.CreateCommand();
            command.CommandText = string.Join(";\n", setup);
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Return(string key, DuckDBConnection connection, bool failed)
    {
        var closing = new List<DuckDBConnection>();
        if (failed) closing.Add(connection);
        lock (_gate)
        {
            if (!failed) _idle.AddFirst(new Idle(key, connection, clock.GetUtcNow()));
            Trim(closing);
        }
        foreach (var c in closing) c.Dispose();
    }

    /// <summary>Drops the least recently used beyond the count, and any idle too long (their files may be old versions).</summary>
    private void Trim(List<DuckDBConnection> closing)
    {
        var now = clock.GetUtcNow();
        while (_idle.Last is { } oldest && (_idle.Count > options.Value.WarmConnections || now - oldest.Value.Since > options.Value.WarmFor))
        {
            closing.Add(oldest.Value.Connection);
            _idle.RemoveLast();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var idle in _idle) idle.Connection.Dispose();
            _idle.Clear();
        }
    }
}
