using System.Globalization;
using System.Text;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>
/// What an uploaded file is before DuckDB reads it: its encoding (a byte order mark), its format, and for delimited
/// text its delimiter, header and width, checked cheaply and with bounded memory; and where a ragged row is, which
/// DuckDB does not say.
/// </summary>
public static class UploadedFile
{
    /// <summary>UTF-16 and UTF-32 text, recognised by its byte order mark (a file without one must be UTF-8).</summary>
    public static Encoding? UnicodeBom(string path)
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
    public static void Transcode(string path, Encoding encoding, string utf8Path, CancellationToken ct)
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
            throw DuckDbIngest.Invalid($"The file starts as {encoding.EncodingName} text but holds bytes that are not; save it as UTF-8.");
        }
    }

    /// <summary>The format from the first bytes, not the file name.</summary>
    public static string DetectFormat(string path)
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
        throw DuckDbIngest.Invalid("The file is empty.");
    }

    /// <summary>
    /// The delimiter (found in the header line: DuckDB's own sniffer takes a file with ragged rows for a
    /// one-column file) and the number of columns. Header names are checked here, since DuckDB silently
    /// renames duplicates.
    /// </summary>
    public static (char Delimiter, int Columns, bool Header) CsvLayout(string path, int maxColumns, char? knownDelimiter = null)
    {
        var header = ReadHeaderLine(path, maxColumns);
        var delimiter = knownDelimiter ?? new[] { ',', '\t', ';', '|' }.MaxBy(d => Split(header, d).Count);
        var names = Split(header, delimiter);
        if (names.Count > maxColumns) throw DuckDbIngest.TooManyColumns(names.Count, maxColumns);
        // A first line of numbers and dates only is data, not names: the columns are then called column1, column2, …
        if (knownDelimiter is null && names.All(n => double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                || DateTime.TryParse(n, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            return (delimiter, names.Count, false);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (name.Length == 0) throw DuckDbIngest.Invalid($"Column {i + 1} has no name in the header line.");
            if (!seen.TryAdd(name, i)) throw DuckDbIngest.Invalid($"Column names must be unique: '{names[i]}' is both column {seen[name] + 1} and column {i + 1}.");
        }
        return (delimiter, names.Count, true);
    }

    /// <summary>DuckDB may give up on (or read nothing from) a ragged CSV without saying where: find the row ourselves.</summary>
    public static ProblemException? RaggedRow(string path, (char Delimiter, int Columns, bool Header)? csv) =>
        csv is { } layout && FirstRaggedRow(path, layout.Delimiter, layout.Columns) is { } ragged
            ? DuckDbIngest.Invalid($"Line {ragged.Line} has {ragged.Fields} fields, but the {(layout.Header ? "header" : "first line")} has {layout.Columns}.")
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
                    throw DuckDbIngest.Invalid($"The first line is longer than {limit / 1024} KB: no header of at most {maxColumns} columns is that long.");
                line.Append((char)c);
            }
        }
        catch (DecoderFallbackException)
        {
            throw DuckDbIngest.Invalid("The header line is not valid UTF-8 text; save the file as UTF-8.");
        }
        var header = line.ToString().TrimEnd('\r');
        return header.Trim().Length > 0 ? header : throw DuckDbIngest.Invalid("The file is empty.");
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
}
