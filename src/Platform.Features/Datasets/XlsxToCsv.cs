using System.Globalization;
using System.IO.Compression;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

/// <summary>
/// One sheet of an XLSX workbook written as CSV for DuckDB to ingest (DuckDB's own excel extension cannot be
/// installed offline). The header is the sheet's first non-empty row; empty rows are skipped; numbers, dates
/// and booleans are written so DuckDB infers the same types the cells had.
/// </summary>
public static class XlsxToCsv
{
    static XlsxToCsv() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Whether a zip archive is an XLSX workbook.</summary>
    public static bool IsWorkbook(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Largest part of a workbook read (its XML, decompressed): the reader holds some parts, such as the shared strings, whole.</summary>
    public const long MaxPartBytes = 256L * 1024 * 1024;

    /// <summary>Ordinary spreadsheets' XML compresses 5–20 times; far beyond is a decompression bomb.</summary>
    public const long MaxCompressionRatio = 200;

    /// <param name="sheet">A sheet's name (case-insensitive) or 1-based position; the first sheet when null.</param>
    /// <returns>The name of the sheet that was written.</returns>
    public static string Convert(string workbookPath, string? sheet, string csvPath, CancellationToken ct)
    {
        CheckParts(workbookPath);
        using var stream = File.OpenRead(workbookPath);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or System.Xml.XmlException)
        {
            throw DuckDbIngest.Invalid($"The workbook cannot be read: {e.Message}");
        }
        using (reader)
        {
            var name = SelectSheet(reader, sheet);
            try
            {
                Write(reader, name, csvPath, ct);
            }
            catch (Exception e) when (e is ExcelReaderException or InvalidDataException or System.Xml.XmlException)
            {
                throw DuckDbIngest.Invalid($"Sheet '{name}' cannot be read: {e.Message}");
            }
            return name;
        }
    }

    /// <summary>Refuses a workbook whose parts would inflate past the caps, before any of them is read (the zip's directory says their sizes; reading stops at them).</summary>
    private static void CheckParts(string workbookPath)
    {
        using var zip = ZipFile.OpenRead(workbookPath);
        foreach (var part in zip.Entries)
        {
            if (part.Length > MaxPartBytes)
                throw new ProblemException(StatusCodes.Status413PayloadTooLarge, "Workbook too large",
                    $"The workbook's part {part.FullName} is {part.Length / (1024 * 1024)} MB uncompressed; at most {MaxPartBytes / (1024 * 1024)} MB are read. Save the sheet as CSV instead.");
            if (part.Length > 1024 * 1024 && part.Length > MaxCompressionRatio * Math.Max(1, part.CompressedLength))
                throw DuckDbIngest.Invalid($"The workbook's part {part.FullName} inflates {part.Length / Math.Max(1, part.CompressedLength)} times; that is not an ordinary spreadsheet.");
        }
    }

    private static string SelectSheet(IExcelDataReader reader, string? sheet)
    {
        var names = new List<string>();
        do names.Add(reader.Name); while (reader.NextResult());
        var wanted = sheet?.Trim();
        var index = string.IsNullOrEmpty(wanted) ? 0
            : names.FindIndex(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase)) is var found and >= 0 ? found
            : int.TryParse(wanted, out var position) && position >= 1 && position <= names.Count ? position - 1
            : throw DuckDbIngest.Invalid($"The workbook has no sheet '{wanted}'; its sheets are {string.Join(", ", names.Select(n => $"'{n}'"))}.");
        reader.Reset();
        for (var i = 0; i < index; i++) reader.NextResult();
        return names[index];
    }

    private static void Write(IExcelDataReader reader, string sheet, string csvPath, CancellationToken ct)
    {
        using var csv = new StreamWriter(csvPath, append: false, new UTF8Encoding(false));
        var width = -1;
        var row = 0;
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            row++;
            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = Text(reader.GetValue(i));
            var last = Array.FindLastIndex(cells, c => c is not null);
            if (last < 0) continue;
            if (width < 0)
            {
                width = last + 1;
                for (var i = 0; i < width; i++)
                    if (cells[i] is null) throw DuckDbIngest.Invalid($"Column {ColumnLetters(i)} has no name in the header row (row {row}) of sheet '{sheet}'.");
            }
            else if (last >= width)
                throw DuckDbIngest.Invalid($"Row {row} of sheet '{sheet}' has a value in column {ColumnLetters(last)}, which has no name in the header row.");
            csv.WriteLine(string.Join(',', cells.Take(width).Select(Quote)));
        }
        if (width < 0) throw DuckDbIngest.Invalid($"Sheet '{sheet}' is empty.");
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Quote(string? text) =>
        text is null ? "" : text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text.Trim().Length != text.Length ? $"\"{text.Replace("\"", "\"\"")}\"" : text;

    private static string ColumnLetters(int index)
    {
        var letters = "";
        for (index++; index > 0; index = (index - 1) / 26) letters = (char)('A' + (index - 1) % 26) + letters;
        return letters;
    }
}
