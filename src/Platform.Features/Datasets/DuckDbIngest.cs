using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

public sealed record IngestResult(string Format, long RowCount, List<DatasetColumn> Columns);

/// <summary>
/// Turns an uploaded file into a table in a new DuckDB database file: the format is read from the content,
/// DuckDB infers the types, text columns that are all dates become DATE, and every column is profiled.
/// Anything wrong with the file is a 400 saying what and where.
/// </summary>
public static partial class DuckDbIngest
{
    private static readonly string[] DateFormats = ["%b %d %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%b-%d-%Y", "%d-%b-%Y", "%d.%m.%Y", "%Y/%m/%d", "%m/%d/%Y", "%d/%m/%Y"];
    /// <summary>Dates with a time of day ("2001/01/14 21:55"), which become TIMESTAMP.</summary>
    private static readonly string[] TimestampFormats = ["%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%Y%m%d %H:%M"];
    private const int TopValuesUpTo = 50;

    /// <param name="limits">DuckDB's memory budget (beyond it, it spills to a folder beside the database file), the most
    /// columns a file may have, and the time the whole ingest may take before it is stopped.</param>
    /// <param name="sheet">For an XLSX workbook, the sheet to read (name or 1-based position); the first when null.</param>
    public static IngestResult Ingest(string sourcePath, string fileName, string databasePath, string tableName, IngestLimits limits, string? sheet = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var bytes = new FileInfo(sourcePath).Length;
        var outcome = "failed";
        try
        {
            var result = Transcoded(sourcePath, fileName, databasePath, tableName, limits, sheet);
            outcome = "ready";
            return result;
        }
        finally
        {
            var tag = new KeyValuePair<string, object?>("outcome", outcome);
            PlatformMetrics.IngestBytes.Add(bytes, tag);
            PlatformMetrics.IngestDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, tag);
        }
    }

    private static IngestResult Transcoded(string sourcePath, string fileName, string databasePath, string tableName, IngestLimits limits, string? sheet)
    {
        var converted = databasePath + ".utf8";
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var deadline = new CancellationTokenSource(limits.MaxTime);
        var ct = deadline.Token;
        try
        {
            if (UploadedFile.UnicodeBom(sourcePath) is { } encoding)
            {
                UploadedFile.Transcode(sourcePath, encoding, converted, ct);
                sourcePath = converted;
            }
            var format = UploadedFile.DetectFormat(sourcePath);
            if (format == "xlsx")
            {
                XlsxToCsv.Convert(sourcePath, sheet, converted, ct);
                sourcePath = converted;
            }
            IngestResult result;
            try
            {
                result = Ingest(format, sourcePath, fileName, databasePath, tableName, limits.MemoryLimitMb, limits.MaxColumns, ct);
            }
            catch (DuckDBException e) when (OutOfMemory(e))
            {
                // Spilling covers most files, but some shapes need more room than the budget: try once with more.
                DatasetFiles.DeleteDatabase(databasePath);
                result = Ingest(format, sourcePath, fileName, databasePath, tableName, limits.MemoryLimitMb * 4, limits.MaxColumns, ct);
            }
            // The deadline's timer fires on the thread pool, which a busy machine may reach only after the ingest has
            // finished: the time taken is checked here too.
            if (System.Diagnostics.Stopwatch.GetElapsedTime(started) > limits.MaxTime) throw TookTooLong(limits);
            return result;
        }
        catch (DuckDBException e) when (OutOfMemory(e))
        {
            throw new ProblemException(StatusCodes.Status503ServiceUnavailable, "Not enough memory",
                "The server does not have the memory to ingest this file right now; try again later.");
        }
        catch (Exception e) when (ct.IsCancellationRequested && e is OperationCanceledException or DuckDBException)
        {
            throw TookTooLong(limits);
        }
        finally
        {
            File.Delete(converted);
        }
    }

    private static IngestResult Ingest(string format, string sourcePath, string fileName, string databasePath, string tableName, int memoryLimitMb, int maxColumns, CancellationToken ct)
    {
        using var connection = new DuckDBConnection($"Data Source={databasePath}");
        connection.Open();
        Execute(connection, $"set memory_limit = '{memoryLimitMb}MB'; set temp_directory = {DatasetStorage.Literal(databasePath + ".spill")};");
        (char Delimiter, int Columns, bool Header)? csv = format switch { "csv" => UploadedFile.CsvLayout(sourcePath, maxColumns), "xlsx" => UploadedFile.CsvLayout(sourcePath, maxColumns, ','), _ => null };
        var source = format switch
        {
            "csv" => $"read_csv({DatasetStorage.Literal(sourcePath)}, delim={DatasetStorage.Literal(csv!.Value.Delimiter.ToString())}, quote='\"', strict_mode=true, null_padding=false, "
                + (csv.Value.Header ? "header=true)" : $"header=false, names=[{string.Join(", ", Enumerable.Range(1, csv.Value.Columns).Select(i => $"'column{i}'"))}])"),
            // A sheet is small next to a CSV, and its cells had types: let every row, not a sample, decide them.
            "xlsx" => $"read_csv({DatasetStorage.Literal(sourcePath)}, delim=',', header=true, quote='\"', strict_mode=true, null_padding=false, sample_size=-1)",
            "json" => $"read_json_auto({DatasetStorage.Literal(sourcePath)})",
            _ => $"read_parquet({DatasetStorage.Literal(sourcePath)})",
        };
        try
        {
            // A file of another format declares its columns only as DuckDB reads it: counted before anything is loaded.
            if (csv is null && Convert.ToInt64(Scalar(connection, $"select count(*) from (describe select * from {source})")) is var width && width > maxColumns)
                throw TooManyColumns(width, maxColumns);
            Execute(connection, $"create table {DatasetStorage.Identifier(tableName)} as select * from {source}", ct);
        }
        catch (DuckDBException e) when (!OutOfMemory(e) && !ct.IsCancellationRequested)
        {
            throw UploadedFile.RaggedRow(sourcePath, csv) ?? Invalid(Describe(e, sourcePath, fileName));
        }

        var rowCount = Convert.ToInt64(Scalar(connection, $"select count(*) from {DatasetStorage.Identifier(tableName)}"));
        if (rowCount == 0) throw UploadedFile.RaggedRow(sourcePath, csv) ?? Invalid("The file has column names but no data rows.");
        TypeScalarJson(connection, tableName, Columns(connection, tableName));
        TypeTextNumbers(connection, tableName, Columns(connection, tableName));
        TypeTextDates(connection, tableName, Columns(connection, tableName));
        TypeTextQuarters(connection, tableName, Columns(connection, tableName));
        TypeNumberDates(connection, tableName, Columns(connection, tableName));
        var columns = Profile(connection, tableName, rowCount);
        Execute(connection, "checkpoint");
        connection.Close();
        if (Directory.Exists(databasePath + ".spill")) Directory.Delete(databasePath + ".spill", recursive: true);
        return new IngestResult(format, rowCount, columns);
    }

    /// <summary>
    /// JSON columns of single values of mixed kinds (node-releases' <c>"lts": false</c> beside <c>"lts": "Argon"</c>)
    /// become text, each value written as it reads (false, Argon), and are typed further like any text. Lists and
    /// objects stay JSON.
    /// </summary>
    private static void TypeScalarJson(DuckDBConnection connection, string tableName, IEnumerable<(string Name, string Type)> columns)
    {
        var table = DatasetStorage.Identifier(tableName);
        foreach (var column in columns.Where(c => c.Type == "JSON").Select(c => DatasetStorage.Identifier(c.Name)))
        {
            if (Scalar(connection, $"select count(*) filter (where json_type({column}) not in ('VARCHAR', 'BOOLEAN', 'BIGINT', 'UBIGINT', 'DOUBLE', 'NULL')) = 0 from {table}") is not true) continue;
            Execute(connection, $"alter table {table} alter {column} set data type varchar using json_extract_string({column}, '$')");
        }
    }

    /// <summary>
    /// Text columns whose every value is written as a number (JSON's <c>"year": "1565"</c>) become BIGINT, or DOUBLE when
    /// some have decimals, spaces around them aside (statsmodels' strikes: <c> .01138</c>). A leading zero keeps a column text:
    /// "02134" is a code, not a number.
    /// </summary>
    private static void TypeTextNumbers(DuckDBConnection connection, string tableName, IEnumerable<(string Name, string Type)> columns)
    {
        const string integer = "-?(0|[1-9][0-9]{0,17})", @decimal = "-?((0|[1-9][0-9]{0,14})(\\.[0-9]{1,15})?|\\.[0-9]{1,15})";
        var table = DatasetStorage.Identifier(tableName);
        foreach (var column in columns.Where(c => ColumnTypes.IsText(c.Type)).Select(c => DatasetStorage.Identifier(c.Name)))
        {
            bool All(string pattern, string from) =>
                Convert.ToInt64(Scalar(connection, $"select count(*) from {from} where not regexp_full_match(v, {DatasetStorage.Literal(pattern)})")) == 0;
            var sample = $"(select trim({column}) as v from {table} where {column} is not null limit 1000)";
            var all = $"(select trim({column}) as v from {table} where {column} is not null)";
            if (Convert.ToInt64(Scalar(connection, $"select count(*) from {sample}")) == 0 || !All(@decimal, sample) || !All(@decimal, all)) continue;
            var type = All(integer, all) ? "bigint" : "double";
            Execute(connection, $"alter table {table} alter {column} set data type {type} using cast(trim({column}) as {type})");
        }
    }

    /// <summary>
    /// Text columns whose every value is a date in one common format (e.g. "Jan 1 2000") become DATE, with a time of day
    /// ("2001/01/14 21:55") TIMESTAMP. A format is tried on a sample first, so columns of ordinary text cost a few
    /// small queries, not full scans.
    /// </summary>
    private static void TypeTextDates(DuckDBConnection connection, string tableName, IEnumerable<(string Name, string Type)> columns)
    {
        var table = DatasetStorage.Identifier(tableName);
        foreach (var column in columns.Where(c => ColumnTypes.IsText(c.Type)).Select(c => DatasetStorage.Identifier(c.Name)))
        {
            var sample = $"(select {column} as v from {table} where {column} is not null limit 1000)";
            var format = DateFormats.Concat(TimestampFormats).FirstOrDefault(f =>
                Convert.ToInt64(Scalar(connection, $"select count(*) from {sample} where try_strptime(v, {DatasetStorage.Literal(f)}) is null")) == 0
                && Convert.ToInt64(Scalar(connection, $"select count(*) from {sample}")) > 0
                && Convert.ToInt64(Scalar(connection, $"select count(*) from {table} where {column} is not null and try_strptime({column}, {DatasetStorage.Literal(f)}) is null")) == 0);
            if (format is null) continue;
            var type = TimestampFormats.Contains(format) ? "timestamp" : "date";
            Execute(connection, $"alter table {table} alter {column} set data type {type} using cast(strptime({column}, {DatasetStorage.Literal(format)}) as {type})");
        }
    }

    /// <summary>
    /// Text columns whose every value is a quarter as statistics offices write it (<c>1974Q1</c>, <c>1974-Q1</c>,
    /// <c>1974 Q1</c>) become DATE, the quarter's first day, so they are read, grouped and compared as the time they are.
    /// </summary>
    private static void TypeTextQuarters(DuckDBConnection connection, string tableName, IEnumerable<(string Name, string Type)> columns)
    {
        const string quarter = "([12][0-9]{3})[ -]?[Qq]([1-4])";
        var table = DatasetStorage.Identifier(tableName);
        foreach (var column in columns.Where(c => ColumnTypes.IsText(c.Type)).Select(c => DatasetStorage.Identifier(c.Name)))
        {
            var written = $"regexp_full_match(trim({column}), '{quarter}')";
            if (Scalar(connection, $"select count({column}) > 0 and count(*) filter (where {column} is not null and not {written}) = 0 from (select {column} from {table} limit 1000)") is not true
                || Scalar(connection, $"select count(*) filter (where {column} is not null and not {written}) = 0 from {table}") is not true) continue;
            Execute(connection, $"alter table {table} alter {column} set data type date using make_date(cast(regexp_extract(trim({column}), '{quarter}', 1) as integer), " +
                $"cast(regexp_extract(trim({column}), '{quarter}', 2) as integer) * 3 - 2, 1)");
        }
    }

    /// <summary>
    /// Whole-number columns named a date whose every value is one written as digits (statsmodels' co2: <c>19580329</c>)
    /// become DATE; any other number is left alone.
    /// </summary>
    private static void TypeNumberDates(DuckDBConnection connection, string tableName, IEnumerable<(string Name, string Type)> columns)
    {
        var table = DatasetStorage.Identifier(tableName);
        foreach (var column in columns.Where(c => ColumnTypes.IsInteger(c.Type) && c.Name.Contains("date", StringComparison.OrdinalIgnoreCase)).Select(c => DatasetStorage.Identifier(c.Name)))
        {
            var written = $"try_strptime(cast({column} as varchar), '%Y%m%d')";
            if (Scalar(connection, $"select count({column}) > 0 and count(*) filter (where {column} is not null and ({column} not between 10000101 and 29991231 or {written} is null)) = 0 from {table}") is not true) continue;
            Execute(connection, $"alter table {table} alter {column} set data type date using cast(strptime(cast({column} as varchar), '%Y%m%d') as date)");
        }
    }

    /// <summary>
    /// One pass over the table for every column's nulls, distinct count, min and max. The distinct count is exact where
    /// DuckDB's own statistics (or the row count) put it at most <see cref="ExactDistinctUpTo"/> (categories, codes,
    /// flags, small tables: cheap to count exactly), approximate (HyperLogLog) elsewhere. Those statistics only choose
    /// how to count: their estimate is off by up to 2x, so it is never the answer.
    /// </summary>
    private static List<DatasetColumn> Profile(DuckDBConnection connection, string tableName, long rowCount)
    {
        var columns = Columns(connection, tableName);
        var estimates = DistinctEstimates(connection, tableName, columns);
        // Without an estimate (a column retyped after loading has none), the row count bounds the distinct values.
        var aggregates = columns.Select((c, i) => (Name: DatasetStorage.Identifier(c.Name), Exact: c.Type == "BOOLEAN" || (estimates[i] ?? rowCount) <= ExactDistinctUpTo))
            .Select(c => $"count({c.Name}), {(c.Exact ? "count(distinct " : "approx_count_distinct(")}{c.Name}), cast(min({c.Name}) as varchar), cast(max({c.Name}) as varchar)");
        using var command = connection.CreateCommand();
        command.CommandText = $"select {string.Join(", ", aggregates)} from {DatasetStorage.Identifier(tableName)}";
        using var reader = command.ExecuteReader();
        reader.Read();
        var profiled = new List<DatasetColumn>();
        for (var i = 0; i < columns.Count; i++)
        {
            var (name, type) = columns[i];
            var nulls = rowCount - reader.GetInt64(4 * i);
            var distinct = Math.Min(reader.GetInt64(4 * i + 1), rowCount - nulls);
            var ordered = type is not ("VARCHAR" or "BOOLEAN") && !type.StartsWith("STRUCT") && !type.EndsWith("[]");
            profiled.Add(new DatasetColumn(name, type, nulls > 0, null, new ColumnProfile(nulls, distinct,
                ordered && !reader.IsDBNull(4 * i + 2) ? reader.GetString(4 * i + 2) : null,
                ordered && !reader.IsDBNull(4 * i + 3) ? reader.GetString(4 * i + 3) : null,
                type is "VARCHAR" or "BOOLEAN" && distinct <= TopValuesUpTo ? TopValues(connection, tableName, name) : null)));
        }
        return profiled;
    }

    /// <summary>A column's distinct count in its profile is exact up to this many (estimated above it).</summary>
    public const long ExactDistinctUpTo = 10_000;

    /// <summary>The distinct count DuckDB's statistics estimate for each column (of a flat type), or null where they give none.</summary>
    private static long?[] DistinctEstimates(DuckDBConnection connection, string tableName, List<(string Name, string Type)> columns)
    {
        // A nested type's statistics hold its children's estimates: not the column's own.
        static bool Flat(string type) => !type.StartsWith("STRUCT") && !type.StartsWith("MAP") && !type.StartsWith("UNION") && !type.EndsWith(']');
        using var command = connection.CreateCommand();
        command.CommandText = $"select {string.Join(", ", columns.Select(c => $"stats({DatasetStorage.Identifier(c.Name)})"))} from {DatasetStorage.Identifier(tableName)} limit 1";
        using var reader = command.ExecuteReader();
        reader.Read();
        return columns.Select((c, i) => Flat(c.Type) && ApproxUnique().Match(reader.GetString(i)) is { Success: true } found ? long.Parse(found.Groups[1].Value, CultureInfo.InvariantCulture) : (long?)null).ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[Approx Unique: (\d+)\]")]
    private static partial System.Text.RegularExpressions.Regex ApproxUnique();

    private static List<ValueCount> TopValues(DuckDBConnection connection, string tableName, string column)
    {
        using var command = connection.CreateCommand();
        var name = DatasetStorage.Identifier(column);
        command.CommandText = $"select cast({name} as varchar), count(*) from {DatasetStorage.Identifier(tableName)} where {name} is not null group by 1 order by 2 desc, 1 limit 10";
        using var reader = command.ExecuteReader();
        var values = new List<ValueCount>();
        while (reader.Read()) values.Add(new ValueCount(reader.GetString(0), reader.GetInt64(1)));
        return values;
    }

    private static List<(string Name, string Type)> Columns(DuckDBConnection connection, string tableName)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"select column_name, data_type from information_schema.columns where table_name = {DatasetStorage.Literal(tableName)} order by ordinal_position";
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read()) columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    }

    /// <summary>DuckDB's first sentence about the problem, with the server's path replaced by the uploaded file's name.</summary>
    private static string Describe(DuckDBException e, string path, string fileName)
    {
        var message = e.Message.Replace(path, fileName);
        var cut = message.IndexOf("Possible Solution", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        message = string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("LINE ", StringComparison.Ordinal) && !l.StartsWith('^')));
        return message.Replace("Invalid Input Error: ", "").Replace("Conversion Error: ", "").Trim();
    }

    /// <summary>DuckDB reports these with a generic error type; its message says what they are.</summary>
    private static bool OutOfMemory(DuckDBException e) => e.Message.StartsWith("Out of Memory Error", StringComparison.Ordinal);

    internal static ProblemException Invalid(string detail) => new(StatusCodes.Status400BadRequest, "The file cannot be read as a dataset", detail);

    private static void Execute(DuckDBConnection connection, string sql, CancellationToken ct = default)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var interrupt = DuckDbInterrupt.When(ct, command);
        command.ExecuteNonQuery();
        ct.ThrowIfCancellationRequested();
    }

    private static ProblemException TookTooLong(IngestLimits limits) => Invalid($"Reading the file took longer than {limits.MaxTime} and was stopped.");

    internal static ProblemException TooManyColumns(long columns, int max) =>
        Invalid($"The file has {columns} columns; at most {max} are accepted.");

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

}
