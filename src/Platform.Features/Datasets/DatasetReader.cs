using System.Numerics;
using DuckDB.NET.Data;

namespace Platform.Features.Datasets;

public sealed record ResultColumn(string Name, string Type);

/// <param name="Rows">Each row an array of values in column order: numbers, strings, booleans, ISO dates, or null.</param>
/// <param name="Truncated">More rows were asked for than one answer holds (1,000): these are the first of them.</param>
public sealed record RowsResponse(IReadOnlyList<ResultColumn> Columns, IReadOnlyList<object?[]> Rows, long Total, bool Truncated = false);

/// <summary>Reads rows of a dataset's table from its DuckDB file, opened read-only.</summary>
public static class DatasetReader
{
    /// <param name="columns">The dataset's columns: their names and types as the metadata states them.</param>
    public static RowsResponse Read(string databasePath, string tableName, IEnumerable<DatasetColumn> columns, long offset, int limit, long total)
    {
        using var connection = DatasetStorage.OpenReadOnly(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = $"select * from {DatasetStorage.Identifier(tableName)} limit {limit} offset {offset}";
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : Json(reader.GetValue(i));
            rows.Add(row);
        }
        return new RowsResponse(columns.Select(c => new ResultColumn(c.Name, c.Type)).ToList(), rows, total);
    }

    /// <summary>DuckDB values as JSON-friendly ones: non-finite doubles become null, 128-bit integers and intervals text.</summary>
    public static object? Json(object value) => value switch
    {
        double d when !double.IsFinite(d) => null,
        float f when !float.IsFinite(f) => null,
        BigInteger or TimeSpan => value.ToString(),
        _ => value,
    };
}
