using System.Data.Common;
using System.Numerics;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

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
            for (var i = 0; i < row.Length; i++) row[i] = Cell(reader, i);
            rows.Add(row);
        }
        return new RowsResponse(columns.Select(c => new ResultColumn(c.Name, c.Type)).ToList(), rows, total);
    }

    /// <summary>
    /// One cell as a JSON-friendly value. A time of day is read as DuckDB holds it and written as text (<c>05:30:00</c>):
    /// DuckDB's <c>24:00:00</c>, the end of a day (CLDR's day periods end "before 24:00"), is past what .NET's TimeOnly holds.
    /// </summary>
    public static object? Cell(DbDataReader reader, int i)
    {
        if (reader.IsDBNull(i)) return null;
        if (reader.GetFieldType(i) != typeof(TimeOnly)) return Json(reader.GetValue(i));
        var time = reader.GetFieldValue<DuckDBTimeOnly>(i);
        var text = $"{time.Hour:00}:{time.Min:00}:{time.Sec:00}";
        return time.Microsecond == 0 ? text : $"{text}.{time.Microsecond:000000}".TrimEnd('0');
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
