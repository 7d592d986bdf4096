using System.Text.Json;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Microsoft.Extensions.Caching.Memory;
using Platform.Features.Common;

namespace Platform.Features.Query;

/// <summary>
/// Decides with DuckDB's own parser whether a text is exactly one query (SELECT, WITH, VALUES, FROM, SUMMARIZE…):
/// <c>json_serialize_sql</c> serialises only query statements. Its syntax tree, without source positions, is
/// also the query's normal form, so spacing, case and comments do not change a cache key. What a query may
/// read is limited elsewhere: datasets attached read-only, external access off, configuration locked.
/// A text accepted once is accepted from memory after that (dashboards, schedules and generated questions repeat
/// their SQL): the answer depends on nothing but the text.
/// </summary>
public sealed partial class SqlGuard : IDisposable
{
    private readonly DuckDBConnection _parser = new("Data Source=:memory:");
    private readonly Lock _gate = new();
    /// <summary>Accepted texts and their normal forms, bounded by characters held (about 32 MB).</summary>
    private readonly MemoryCache _accepted = new(new MemoryCacheOptions { SizeLimit = 16 * 1024 * 1024 });

    public SqlGuard()
    {
        _parser.Open();
        using var command = _parser.CreateCommand();
        command.CommandText = Datasets.DatasetStorage.Hardening;
        command.ExecuteNonQuery();
    }

    /// <returns>The query's syntax tree as JSON, without positions: equal for queries that differ only in form.</returns>
    public string Check(string sql)
    {
        if (_accepted.TryGetValue(sql, out string? known)) return known!;
        var normalForm = Parse(sql);
        _accepted.Set(sql, normalForm, new MemoryCacheEntryOptions { Size = sql.Length + normalForm.Length });
        return normalForm;
    }

    private string Parse(string sql)
    {
        string serialized;
        lock (_gate)
        {
            using var command = _parser.CreateCommand();
            command.CommandText = "select json_serialize_sql(cast($sql as varchar))";
            command.Parameters.Add(new DuckDBParameter("sql", sql));
            serialized = (string)command.ExecuteScalar()!;
        }
        using var tree = JsonDocument.Parse(serialized);
        var root = tree.RootElement;
        if (root.GetProperty("error").GetBoolean())
        {
            var message = root.GetProperty("error_message").GetString() ?? "";
            throw root.GetProperty("error_type").GetString() == "parser"
                ? Refused($"The SQL does not parse: {message}{(root.TryGetProperty("position", out var at) ? $" (at character {int.Parse(at.GetString()!) + 1})" : "")}.")
                : Refused("Only queries can run here (SELECT, WITH, VALUES, FROM …); statements that change data or settings, and PRAGMA, are refused.");
        }
        var statements = root.GetProperty("statements").GetArrayLength();
        if (statements != 1)
            throw Refused(statements == 0 ? "The SQL holds no statement." : $"Send one statement at a time; this SQL holds {statements}.");
        if (FirstRevealing(root) is { } name)
            throw Refused($"{name} is not available here: it tells about the server (files, settings, attached databases), not about the data.");
        return Positions().Replace(serialized, "");
    }

    /// <summary>
    /// Functions and catalog views that read files or describe the server rather than the data: the file readers
    /// (refused anyway with external access off, but the temp directory stays readable), DuckDB's own catalog of
    /// databases, settings, files and extensions (which shows the datasets' paths), settings by name, and the
    /// functions that run a query given as text, which would hide any of these from this check.
    /// </summary>
    public static bool Reveals(string name)
    {
        var n = name.ToLowerInvariant();
        return n.StartsWith("duckdb_", StringComparison.Ordinal) || n.StartsWith("pragma_", StringComparison.Ordinal)
            || n.StartsWith("read_", StringComparison.Ordinal) || n.StartsWith("parquet_", StringComparison.Ordinal)
            || n is "glob" or "sniff_csv" or "current_setting" or "getenv" or "which_secret" or "query" or "query_table"
                or "checkpoint" or "force_checkpoint" or "sqlite_master" or "sqlite_schema" or "sqlite_temp_master" or "iceberg_scan"
                or "delta_scan" or "csv_scan" or "parquet_scan" or "json_scan" or "read_json_objects" or "load_aws_credentials";
    }

    /// <summary>
    /// DuckDB's catalog views (<c>duckdb_databases</c> …): as tables, only these names, so datasets may be called anything
    /// else, "duckdb-settings" too: a dataset's table ends in a piece of its id (<c>duckdb_settings_0a1b2c3d</c>), which no
    /// catalog view does.
    /// </summary>
    private static bool IsCatalogView(string name) =>
        (name.StartsWith("duckdb_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("pragma_", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase)) && !Datasets.UploadDatasetHandler.IsTableName(name);

    /// <summary>The first function or table in the syntax tree that <see cref="Reveals"/> the server, if any.</summary>
    private static string? FirstRevealing(JsonElement node)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                if (node.TryGetProperty("function_name", out var function) && function.GetString() is { } f && Reveals(f)) return f;
                if (node.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "BASE_TABLE"
                    && node.TryGetProperty("table_name", out var table) && table.GetString() is { } t && IsCatalogView(t)) return t;
                foreach (var property in node.EnumerateObject())
                    if (FirstRevealing(property.Value) is { } found) return found;
                return null;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                    if (FirstRevealing(item) is { } found) return found;
                return null;
            default:
                return null;
        }
    }

    public static ProblemException Refused(string detail) => new(StatusCodes.Status400BadRequest, "Query refused", detail);

    [GeneratedRegex("\"query_location\":\\d+,?")]
    private static partial Regex Positions();

    public void Dispose()
    {
        _parser.Dispose();
        _accepted.Dispose();
    }
}
