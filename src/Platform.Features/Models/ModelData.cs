using System.Globalization;
using Platform.Features.Datasets;

namespace Platform.Features.Models;

/// <summary>
/// Rows for a model, column by column: each input column's values (numbers as double, booleans, dates as
/// DateTime, text as string, or null) and, for training, the target's.
/// </summary>
public sealed record ModelRows(int Count, IReadOnlyList<object?[]> Inputs, object?[] Targets);

/// <summary>Reads a dataset's columns for a model and chooses how each becomes features.</summary>
public static class ModelData
{
    private const int MaxCategories = 100;

    public static ModelRows Read(string databasePath, string tableName, IReadOnlyList<string> inputs, string? target, long maxRows)
    {
        using var connection = DatasetStorage.OpenReadOnly(databasePath);
        using var command = connection.CreateCommand();
        var columns = inputs.Append(target).OfType<string>().Select(DatasetStorage.Identifier);
        var where = target is null ? "" : $" where {DatasetStorage.Identifier(target)} is not null";
        command.CommandText = $"select {string.Join(", ", columns)} from {DatasetStorage.Identifier(tableName)}{where} limit {maxRows}";
        using var reader = command.ExecuteReader();
        var values = Enumerable.Range(0, reader.FieldCount).Select(_ => new List<object?>()).ToArray();
        while (reader.Read())
            for (var i = 0; i < values.Length; i++)
                values[i].Add(reader.IsDBNull(i) ? null : reader.GetFieldType(i) == typeof(TimeOnly) ? DatasetReader.Cell(reader, i) : Plain(reader.GetValue(i)));
        var count = values.Length == 0 ? 0 : values[0].Count;
        return new ModelRows(count, values.Take(inputs.Count).Select(v => v.ToArray()).ToList(), target is null ? [] : values[^1].ToArray());
    }

    /// <summary>How many distinct non-null values the column has, and how many non-null rows.</summary>
    public static (long Distinct, long Rows) Distinct(string databasePath, string tableName, string column)
    {
        using var connection = DatasetStorage.OpenReadOnly(databasePath);
        using var command = connection.CreateCommand();
        var c = DatasetStorage.Identifier(column);
        command.CommandText = $"select count(distinct {c}), count({c}) from {DatasetStorage.Identifier(tableName)}";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (Convert.ToInt64(reader.GetValue(0)), Convert.ToInt64(reader.GetValue(1)));
    }

    private static object Plain(object value) => value switch
    {
        bool or string or DateTime => value,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset t => t.UtcDateTime,
        IConvertible n when n.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal => n.ToDouble(CultureInfo.InvariantCulture),
        System.Numerics.BigInteger n => (double)n,
        _ => value.ToString() ?? "",
    };

    /// <summary>How a column becomes features: by its type, and for text by how many distinct values it has and how long they are.</summary>
    public static InputFeature Describe(string name, string type, object?[] values)
    {
        if (ColumnTypes.IsNumber(type)) return new(name, type, FeatureKind.Number);
        if (type == "BOOLEAN") return new(name, type, FeatureKind.Boolean);
        if (ColumnTypes.IsTemporal(type)) return new(name, type, FeatureKind.Date);
        var texts = values.OfType<string>().ToList();
        var frequent = texts.GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        if (frequent.Count <= MaxCategories) return new(name, type, FeatureKind.Category, frequent);
        var prose = texts.Count > 0 && texts.Average(t => t.Length) >= 25 && texts.Count(t => t.Contains(' ')) * 2 > texts.Count;
        return new(name, type, prose ? FeatureKind.Text : FeatureKind.Hashed);
    }
}
