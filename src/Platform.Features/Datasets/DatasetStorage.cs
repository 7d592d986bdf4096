using DuckDB.NET.Data;

namespace Platform.Features.Datasets;

/// <summary>
/// How every area reads a dataset's DuckDB file and writes SQL for it: the one place that opens the files and
/// quotes names and text. Every reader gets a database of its own in memory with the file attached read-only and
/// the configuration locked (<see cref="Hardening"/>), as query connections do: opening the file itself would share
/// one DuckDB instance per file in the process, whose first locked configuration refuses the next reader's settings.
/// </summary>
public static class DatasetStorage
{
    /// <summary>Opens a dataset file read-only: its tables by their plain names, no other file reachable.</summary>
    public static DuckDBConnection OpenReadOnly(string databasePath) => Open(databasePath, writableFile: null);

    /// <summary>
    /// Writes a table of a dataset file to <paramref name="target"/> with DuckDB's <c>COPY</c> options: the one file
    /// that connection may write besides reading the dataset.
    /// </summary>
    public static void Export(string databasePath, string tableName, string target, string copyOptions)
    {
        using var connection = Open(databasePath, target);
        using var command = connection.CreateCommand();
        command.CommandText = $"copy (select * from {Identifier(tableName)}) to {Literal(target)} ({copyOptions})";
        command.ExecuteNonQuery();
    }

    private static DuckDBConnection Open(string databasePath, string? writableFile)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            var allowed = writableFile is null ? "" : $"set allowed_paths = [{Literal(writableFile)}];\n";
            command.CommandText = $"attach {Literal(databasePath)} as dataset (read_only);\nuse dataset;\n{allowed}{Hardening}";
            command.ExecuteNonQuery();
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
