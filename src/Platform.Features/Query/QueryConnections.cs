using DuckDB.NET.Data;
using Microsoft.Extensions.Options;
using Platform.Features.Common;
using Platform.Features.Datasets;

namespace Platform.Features.Query;

/// <summary>
/// Warm query connections: an in-memory DuckDB with a set of dataset files attached read-only, their tables
/// shown under the datasets' table names, external access off and the configuration locked. Opening and
/// attaching costs tens of milliseconds and a cold buffer pool, so idle connections are kept for their next
/// query on the same files (a new dataset version is a new file, hence never a stale answer). A connection
/// serves one query at a time; one whose query failed is closed rather than reused. Each spills to a private
/// folder of its own, removed with it: DuckDB lets a query read its temp directory even with external access
/// off, so a shared one (the default, <c>.tmp</c> in the working directory) would show other users' spilled data.
/// </summary>
public sealed class QueryConnections(IOptions<QueryOptions> options, DataFolder dataFolder, TimeProvider clock) : IDisposable
{
    private sealed record Idle(string Key, QueryConnection Connection, DateTimeOffset Since);

    /// <summary>A connection and the folder only it spills to.</summary>
    public sealed class QueryConnection(DuckDBConnection connection, string spillFolder) : IDisposable
    {
        public DuckDBConnection Connection { get; } = connection;

        public void Dispose()
        {
            Connection.Dispose();
            if (Directory.Exists(spillFolder)) Directory.Delete(spillFolder, recursive: true);
        }
    }

    private readonly Lock _gate = new();
    private readonly LinkedList<Idle> _idle = [];

    public sealed class Lease(QueryConnections pool, string key, QueryConnection connection) : IDisposable
    {
        public DuckDBConnection Connection => connection.Connection;

        /// <summary>Set when the connection's query failed: it is closed instead of kept.</summary>
        public bool Failed { get; set; }

        public void Dispose() => pool.Return(key, connection, Failed);
    }

    public Lease Rent(IReadOnlyList<(Dataset Dataset, string Path)> datasets)
    {
        var key = string.Join('|', datasets.Select(d => $"{d.Dataset.TableName}={d.Path}"));
        var closing = new List<QueryConnection>();
        QueryConnection? warm = null;
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

    private QueryConnection Open(IReadOnlyList<(Dataset Dataset, string Path)> datasets, int memoryLimitMb)
    {
        var spill = Path.Combine(dataFolder.Path, "query-spill", Guid.NewGuid().ToString("N"));
        DataFolder.CreatePrivateDirectory(spill);
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            var setup = new List<string> { $"set memory_limit = '{memoryLimitMb}MB'", $"set temp_directory = {DatasetStorage.Literal(spill)}" };
            for (var i = 0; i < datasets.Count; i++)
            {
                var (dataset, path) = datasets[i];
                var table = DatasetStorage.Identifier(dataset.TableName);
                setup.Add($"attach {DatasetStorage.Literal(path)} as d{i} (read_only)");
                setup.Add($"create view {table} as select * from d{i}.main.{table}");
            }
            setup.Add(DatasetStorage.Hardening);
            using var command = connection.CreateCommand();
            command.CommandText = string.Join(";\n", setup);
            command.ExecuteNonQuery();
            return new QueryConnection(connection, spill);
        }
        catch
        {
            new QueryConnection(connection, spill).Dispose();
            throw;
        }
    }

    private void Return(string key, QueryConnection connection, bool failed)
    {
        var closing = new List<QueryConnection>();
        if (failed) closing.Add(connection);
        lock (_gate)
        {
            if (!failed) _idle.AddFirst(new Idle(key, connection, clock.GetUtcNow()));
            Trim(closing);
        }
        foreach (var c in closing) c.Dispose();
    }

    /// <summary>Drops the least recently used beyond the count, and any idle too long (their files may be old versions).</summary>
    private void Trim(List<QueryConnection> closing)
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
