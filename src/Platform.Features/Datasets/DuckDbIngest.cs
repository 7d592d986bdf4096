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
public static class DuckDbIngest
{
    private static readonly string[] DateFormats = ["%b %d %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d.%m.%Y", "%Y/%m/%d", "%m/%d/%Y", "%d/%m/%Y"];
    private const int TopValuesUpTo = 50;

    /// <param name="limits">DuckDB's memory budget (beyond it, it spills to a folder beside the database file), the most
    /// columns a file may have, and the time the whole ingest may take before it is stopped.</param>
    /// <param name="sheet">For an XLSX workbook, the sheet to read (name or 1-based position); the first when null.</param>
    public static IngestResult Ingest(string sourcePath, string fileName, string databasePath, string tableName, IngestLimits limits, string? sheet = null)
    {
        var converted = databasePath + ".utf8";
        using var deadline = new CancellationTokenSource(limits.MaxTime);
        var ct = deadline.Token;
        try
        {
            if (UnicodeBom(sourcePath) is { } encoding)
            {
                Transcode(sourcePath, encoding, converted, ct);
                sourcePath = converted;
            }
            var format = DetectFormat(sourcePath);
            if (format == "xlsx")
            {
                XlsxToCsv.Convert(sourcePath, sheet, converted, ct);
                sourcePath = converted;
            }
            try
            {
                return Ingest(format, sourcePath, fileName, databasePath, tableName, limits.MemoryLimitMb, limits.MaxColumns, ct);
            }
            catch (DuckDBException e) when (OutOfMemory(e))
            {
                // Spilling covers most files, but some shapes need more room than the budget: try once with more.
                DatasetFiles.DeleteDatabase(databasePath);
                return Ingest(format, sourcePath, fileName, databasePath, tableName, limits.MemoryLimitMb * 4, limits.MaxColumns, ct);
            }
        }
        catch (DuckDBException e) when (OutOfMemory(e))
        {
            throw new ProblemException(StatusCodes.Status503ServiceUnavailable, "Not enough memory",
                "The server does not have the memory to ingest this file right now; try again later.");
        }
        catch (Exception e) when (ct.IsCancellationRequested && e is OperationCanceledException or DuckDBException)
        {
            throw Invalid($"Reading the file took longer than {limits.MaxTime} and was stopped.");
        }
        finally
        {
            File.Delete(converted);
        }
    }

    /// <summary>UTF-16 and UTF-32 text, recognised by its byte order mark (a file without one must be UTF-8).</summary>
    private static Encoding? UnicodeBom(string path)
    {
        Span<byte> head = stackalloc byte[4];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        var bytes = head[..read];
        return bytes.StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 }) ? Encoding.UTF32
            : bytes.StartsWith(new byte[] { 0, 0, 0xFE, 0xFF }) ? new UTF32Encoding(bigEndian: true, byteOrderMark: true)
            : bytes.StartsWith(new byte[] { 0xFF, 0xFE }) ? Encoding.Unicode
            : bytes.StartsWith(new byte[] { 0xFE, 0xFF }) ? Encoding.BigEndianUnicode
            : null;
    }

    /// <summary>Rewrites the text as UTF-8, streaming, for DuckDB; invalid sequences are a 400.</summary>
    private static void Transcode(string path, Encoding encoding, string utf8Path, CancellationToken ct)
    {
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        using var reader = new StreamReader(path, strict, detectEncodingFromByteOrderMarks: false);
        using var writer = new StreamWriter(utf8Path, append: false, new UTF8Encoding(false));
        var buffer = new char[81920];
        int read;
        try
        {
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                ct.ThrowIfCancellationRequested();
                writer.Write(buffer, 0, read);
            }
        }
        catch (DecoderFallbackException)
        {
            throw Invalid($"The file starts as {encoding.EncodingName} text but holds bytes that are not; save it as UTF-8.");
        }
    }

    private static IngestResult Ingest(string format, string sourcePath, string fileName, string databasePath, string tableName, int memoryLimitMb, int maxColumns, CancellationToken ct)
    {
        using var connection = new DuckDBConnection($"Data Source={databasePath}");
        connection.Open();
        Execute(connection, $"set memory_limit = '{memoryLimitMb}MB'; set temp_directory = {Literal(databasePath + ".spill")};");
        (char Delimiter, int Columns, bool Header)? csv = format switch { "csv" => CsvLayout(sourcePath, maxColumns), "xlsx" => CsvLayout(sourcePath, maxColumns, ','), _ => null };
        var source = format switch
        {
            "csv" => $"read_csv({Literal(sourcePath)}, delim={Literal(csv!.Value.Delimiter.ToString())}, quote='\"', strict_mode=true, null_padding=false, "
                + (csv.Value.Header ? "header=true)" : $"header=false, names=[{string.Join(", ", Enumerable.Range(1, csv.Value.Columns).Select(i => $"'column{i}'"))}])"),
            // A sheet is small next to a CSV, and its cells had types: let every row, not a sample, decide them.
            "xlsx" => $"read_csv({Literal(sourcePath)}, delim=',', header=true, quote='\"', strict_mode=true, null_padding=false, sample_size=-1)",
            "json" => $"read_json_auto({Literal(sourcePath)})",
            _ => $"read_parquet({Literal(sourcePath)})",
        };
        try
        {
            // A file of another format declares its columns only as DuckDB reads it: counted before anything is loaded.
            if (csv is null && Convert.ToInt64(Scalar(connection, $"select count(*) from (describe select * from {source})")) is var width && width > maxColumns)
                throw TooManyColumns(width, maxColumns);
            Execute(connection, $"create table {Identifier(tableName)} as select * from {source}", ct);
        }
        catch (DuckDBException e) when (!OutOfMemory(e))
        {
            throw RaggedRow(sourcePath, csv) ?? Invalid(Describe(e, sourcePath, fileName));
        }

        var rowCount = Convert.ToInt64(Scalar(connection, $"select count(*) from {Identifier(tableName)}"));
        if (rowCount == 0) throw RaggedRow(sourcePath, csv) ?? Invalid("The file has column names but no data rows.");
        TypeTextDates(connection, tableName, Columns(connection, tableName));
        var columns = Profile(connection, tableName, rowCount);
        Execute(connection, "checkpoint");
        connection.Close();
        if (Directory.Exists(databasePath + ".spill")) Directory.Delete(databasePath + ".spill", recursive: true);
        return new IngestResult(format, rowCount, columns);
    }

    /// <summary>The format from the first bytes, not the file name.</summary>
    private static string DetectFormat(string path)
    {
        var head = new byte[4096];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.Read(head, 0, head.Length);
        var bytes = head.AsSpan(0, read);
        if (bytes.StartsWith("PAR1"u8)) return "parquet";
        if (bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            throw new ProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type",
                "This is a legacy Excel (.xls) workbook; open it in a spreadsheet program and save it as .xlsx or .csv.");
        if (bytes.StartsWith("PK\u0003\u0004"u8))
            return XlsxToCsv.IsWorkbook(path) ? "xlsx" : throw new ProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type",
                "This is a zip archive but not an XLSX workbook; upload CSV, TSV, JSON, NDJSON, XLSX or Parquet.");
        var text = bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? bytes[3..] : bytes;
        foreach (var b in text)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return b is (byte)'[' or (byte)'{' ? "json" : "csv";
        }
        throw Invalid("The file is empty.");
    }

    /// <summary>
    /// The delimiter (found in the header line: DuckDB's own sniffer takes a file with ragged rows for a
    /// one-column file) and the number of columns. Header names are checked here, since DuckDB silently
    /// renames duplicates.
    /// </summary>
    private static (char Delimiter, int Columns, bool Header) CsvLayout(string path, int maxColumns, char? knownDelimiter = null)
    {
        var header = ReadHeaderLine(path, maxColumns);
        var delimiter = knownDelimiter ?? new[] { ',', '\t', ';', '|' }.MaxBy(d => Split(header, d).Count);
        var names = Split(header, delimiter);
        if (names.Count > maxColumns) throw TooManyColumns(names.Count, maxColumns);
        // A first line of numbers and dates only is data, not names: the columns are then called column1, column2, …
        if (knownDelimiter is null && names.All(n => double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                || DateTime.TryParse(n, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            return (delimiter, names.Count, false);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (name.Length == 0) throw Invalid($"Column {i + 1} has no name in the header line.");
            if (!seen.TryAdd(name, i)) throw Invalid($"Column names must be unique: '{names[i]}' is both column {seen[name] + 1} and column {i + 1}.");
        }
        return (delimiter, names.Count, true);
    }

    /// <summary>DuckDB may give up on (or read nothing from) a ragged CSV without saying where: find the row ourselves.</summary>
    private static ProblemException? RaggedRow(string path, (char Delimiter, int Columns, bool Header)? csv) =>
        csv is { } layout && FirstRaggedRow(path, layout.Delimiter, layout.Columns) is { } ragged
            ? Invalid($"Line {ragged.Line} has {ragged.Fields} fields, but the {(layout.Header ? "header" : "first line")} has {layout.Columns}.")
            : null;

    /// <summary>The first record (1-based physical line) whose field count differs from the header's; quoted newlines respected.</summary>
    private static (long Line, int Fields)? FirstRaggedRow(string path, char delimiter, int columns)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        long line = 1, recordStart = 1;
        int fields = 1, c;
        bool quoted = false, empty = true, header = true;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '"') { quoted = !quoted; empty = false; }
            else if (quoted) { if (c == '\n') line++; }
            else if (c == delimiter) { fields++; empty = false; }
            else if (c == '\n')
            {
                if (!empty && !header && fields != columns) return (recordStart, fields);
                if (!empty) header = false;
                line++;
                recordStart = line;
                fields = 1;
                empty = true;
            }
            else if (c != '\r' && !char.IsWhiteSpace((char)c)) empty = false;
        }
        return !empty && !header && fields != columns ? (recordStart, fields) : null;
    }

    /// <summary>Room for a header of the most columns with long names; a longer first line is not a header.</summary>
    private const int HeaderCharsPerColumn = 256;

    private static string ReadHeaderLine(string path, int maxColumns)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var limit = (long)maxColumns * HeaderCharsPerColumn;
        var line = new StringBuilder();
        try
        {
            // Read a character at a time (buffered underneath): a header line of hundreds of megabytes is refused, not held.
            for (var c = reader.Read(); c >= 0; c = reader.Read())
            {
                if (c == '\n')
                {
                    if (line.ToString().Trim().Length > 0) break;
                    line.Clear();
                    continue;
                }
                if (line.Length >= limit)
                    throw Invalid($"The first line is longer than {limit / 1024} KB: no header of at most {maxColumns} columns is that long.");
                line.Append((char)c);
            }
        }
        catch (DecoderFallbackException)
        {
            throw Invalid("The header line is not valid UTF-8 text; save the file as UTF-8.");
        }
        var header = line.ToString().TrimEnd('\r');
        return header.Trim().Length > 0 ? header : throw Invalid("The file is empty.");
    }

    private static List<string> Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>
    /// Text columns whose every value is a date in one common format (e.g. "Jan 1 2000") become DATE. A format
    /// is tried on a sample first, so columns of ordinary text cost a few small queries, not full scans.
    /// </summary>
    private static void TypeTextDates(DuckDBConnection connection, string tableName, IEnumerable<(string Name, string Type)> columns)
    {
        var table = Identifier(tableName);
        foreach (var column in columns.Where(c => c.Type == "VARCHAR").Select(c => Identifier(c.Name)))
        {
            var sample = $"(select {column} as v from {table} where {column} is not null limit 1000)";
            var format = DateFormats.FirstOrDefault(f =>
                Convert.ToInt64(Scalar(connection, $"select count(*) from {sample} where try_strptime(v, {Literal(f)}) is null")) == 0
                && Convert.ToInt64(Scalar(connection, $"select count(*) from {sample}")) > 0
                && Convert.ToInt64(Scalar(connection, $"select count(*) from {table} where {column} is not null and try_strptime({column}, {Literal(f)}) is null")) == 0);
            if (format is not null)
                Execute(connection, $"alter table {table} alter {column} set data type date using cast(strptime({column}, {Literal(format)}) as date)");
        }
    }

    /// <summary>One pass over the table for every column's nulls, approximate distinct count, min and max.</summary>
    private static List<DatasetColumn> Profile(DuckDBConnection connection, string tableName, long rowCount)
    {
        var columns = Columns(connection, tableName);
        var aggregates = columns.Select(c => Identifier(c.Name)).Select(c => $"count({c}), approx_count_distinct({c}), cast(min({c}) as varchar), cast(max({c}) as varchar)");
        using var command = connection.CreateCommand();
        command.CommandText = $"select {string.Join(", ", aggregates)} from {Identifier(tableName)}";
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

    private static List<ValueCount> TopValues(DuckDBConnection connection, string tableName, string column)
    {
        using var command = connection.CreateCommand();
        var name = Identifier(column);
        command.CommandText = $"select cast({name} as varchar), count(*) from {Identifier(tableName)} where {name} is not null group by 1 order by 2 desc, 1 limit 10";
        using var reader = command.ExecuteReader();
        var values = new List<ValueCount>();
        while (reader.Read()) values.Add(new ValueCount(reader.GetString(0), reader.GetInt64(1)));
        return values;
    }

    private static List<(string Name, string Type)> Columns(DuckDBConnection connection, string tableName)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"select column_name, data_type from information_schema.columns where table_name = {Literal(tableName)} order by ordinal_position";
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

    private static ProblemException Invalid(string detail) => new(StatusCodes.Status400BadRequest, "The file cannot be read as a dataset", detail);

    private static void Execute(DuckDBConnection connection, string sql, CancellationToken ct = default)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var interrupt = ct.Register(command.Cancel);
        command.ExecuteNonQuery();
        ct.ThrowIfCancellationRequested();
    }

    private static ProblemException TooManyColumns(long columns, int max) =>
        Invalid($"The file has {columns} columns; at most {max} are accepted.");

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static string Identifier(string name) => $"\"{name.Replace("\"", "\"\"")}\"";

    public static string Literal(string text) => $"'{text.Replace("'", "''")}'";
}
