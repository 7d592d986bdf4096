using System.Text.Json;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Platform.Features.Common;

namespace Platform.Features.Query;

/// <summary>
/// Decides with DuckDB's own parser whether a text is exactly one query (SELECT, WITH, VALUES, FROM, SUMMARIZE…):
/// <c>json_serialize_sql</c> serialises only query statements. Its syntax tree, without source positions, is
/// also the query's normal form, so spacing, case and comments do not change a cache key. What a query may
/// read is limited elsewhere: datasets attached read-only, external access off, configuration locked.
/// </summary>
public sealed partial class SqlGuard : IDisposable
{
    private readonly DuckDBConnection _parser = new("Data Source=:memory:");
    private readonly Lock _gate = new();

    public SqlGuard()
    {
        _parser.Open();
        using var command = _parser.CreateCommand();
        command.CommandText = "set enable_external_access = false; set autoinstall_known_extensions = false; set autoload_known_extensions = false; set lock_configuration = true";
        command.ExecuteNonQuery();
    }

    /// <returns>The query's syntax tree as JSON, without positions: equal for queries that differ only in form.</returns>
    public string Check(string sql)
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
        return Positions().Replace(serialized, "");
    }

    public static ProblemException Refused(string detail) => new(StatusCodes.Status400BadRequest, "Query refused", detail);

    [GeneratedRegex("\"query_location\":\\d+,?")]
    private static partial Regex Positions();

    public void Dispose() => _parser.Dispose();
}
