using DuckDB.NET.Data;

namespace Platform.Features.Datasets;

/// <summary>
/// How every area reads a dataset's DuckDB file and writes SQL for it: the one place that opens the files and
/// quotes names and text. Readers here run SQL the platform writes from quoted names; SQL a user writes runs only
/// on query connections, which apply <see cref="Hardening"/>. (Hardening these readers by <c>SET</c> is not possible:
/// DuckDB shares one database instance per file in a process, so one reader's locked configuration refuses the next
/// reader's settings; and the download's export must write a file.)
/// </summary>
public static class DatasetStorage
{
    /// <summary>Opens a dataset file read-only.</summary>
    public static DuckDBConnection OpenReadOnly(string databasePath)
    {
        var connection = new DuckDBConnection($"Data Source={databasePath};ACCESS_MODE=READ_ONLY");
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>No files, no extensions from the network, no changing that afterwards: run on a connection before any SQL a user wrote.</summary>
    public const string Hardening =
        "set enable_external_access = false; set autoinstall_known_extensions = false; set autoload_known_extensions = false; set lock_configuration = true";

    /// <summary>A name (table, column) as a DuckDB identifier.</summary>
    public static string Identifier(string name) => $"\"{name.Replace("\"", "\"\"")}\"";

    /// <summary>Text as a DuckDB string literal.</summary>
    public static string Literal(string text) => $"'{text.Replace("'", "''")}'";
}

/// <summary>What kind of values a DuckDB column type holds, asked the same way everywhere.</summary>
public static class ColumnTypes
{
    public static bool IsInteger(string type) =>
        type is "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "HUGEINT" or "UTINYINT" or "USMALLINT" or "UINTEGER" or "UBIGINT";

    public static bool IsNumber(string type) => IsInteger(type) || type is "FLOAT" or "DOUBLE" or "REAL" || type.StartsWith("DECIMAL", StringComparison.Ordinal);

    /// <summary>Dates and timestamps of any precision or zone.</summary>
    public static bool IsTemporal(string type) => type.StartsWith("DATE", StringComparison.Ordinal) || type.StartsWith("TIMESTAMP", StringComparison.Ordinal);

    public static bool IsText(string type) => type == "VARCHAR";
}
