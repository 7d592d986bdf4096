using System.Diagnostics;
using System.Numerics;
using DuckDB.NET.Data;
using Platform.Features.Datasets;

namespace Platform.Features.Query;

public sealed record QueryColumn(string Name, string Type);

/// <param name="Rows">Each row an array of values in column order.</param>
/// <param name="Truncated">More rows followed than the limit let through.</param>
/// <param name="Bytes">About what the answer takes in memory (what the cache and the answer cap count).</param>
public sealed record QueryResult(IReadOnlyList<QueryColumn> Columns, IReadOnlyList<object?[]> Rows, bool Truncated, long ElapsedMs, long Bytes);

/// <summary>
/// Runs one checked query on a query connection (see <see cref="QueryConnections"/>), which can read the
/// scope's tables and nothing else. A timeout or a cancelled request interrupts DuckDB mid-query; only the
/// first rows up to the limit are read from the streamed result, and reading stops (400) as soon as the answer
/// grows past <paramref name="maxBytes"/>, so no single answer can take the service's memory.
/// </summary>
public static class DuckDbQuery
{
    private const int RowOverhead = 48;
    private const int ValueOverhead = 24;

    public static QueryResult Run(DuckDBConnection connection, string sql, int limit, long maxBytes, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var query = connection.CreateCommand();
        query.CommandText = sql;
        query.UseStreamingMode = true;
        using var interrupt = DuckDbInterrupt.When(ct, query);
        using var reader = query.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => new QueryColumn(reader.GetName(i), reader.GetDataTypeName(i).ToUpperInvariant())).ToList();
        var rows = new List<object?[]>();
        var truncated = false;
        long bytes = 0;
        while (reader.Read())
        {
            if (rows.Count == limit)
            {
                truncated = true;
                break;
            }
            var row = new object?[reader.FieldCount];
            bytes += RowOverhead;
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetFieldType(i) == typeof(TimeOnly) ? DatasetReader.Cell(reader, i) : Json(reader.GetValue(i));
                bytes += ValueOverhead + (row[i] is string text ? 2L * text.Length : 8);
            }
            if (bytes > maxBytes)
                throw new Common.ProblemException(StatusCodes.Status400BadRequest, "Answer too large",
                    $"The answer grew past {maxBytes / (1024 * 1024)} MB after {rows.Count} rows; select fewer columns or rows, or aggregate first.");
            rows.Add(row);
        }
        ct.ThrowIfCancellationRequested();
        return new QueryResult(columns, rows, truncated, clock.ElapsedMilliseconds, bytes);
    }

    /// <summary>Sums of integers are 128-bit in DuckDB: as numbers while they fit 64 bits, else as text.</summary>
    private static object? Json(object value) => value switch
    {
        BigInteger n when n >= long.MinValue && n <= long.MaxValue => (long)n,
        Stream blob => Convert.ToBase64String(ReadAll(blob)),
        _ => DatasetReader.Json(value),
    };

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
