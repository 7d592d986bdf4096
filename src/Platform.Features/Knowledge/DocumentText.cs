using System.IO.Compression;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Platform.Features.Common;
using Platform.Features.Datasets;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Platform.Features.Knowledge;

public enum BlockKind { Heading, Paragraph, ListItem, Code }

/// <summary>A piece of a document's structure: a heading (with its level), a paragraph, a list item or code, on a page of a PDF.</summary>
/// <param name="Start">Where it starts in the document's extracted text.</param>
public sealed record TextBlock(BlockKind Kind, string Text, int Level, int? Page, int Start);

/// <summary>A document's text as blocks in reading order; <see cref="Text"/> is them joined by blank lines, which the blocks' offsets point into.</summary>
public sealed record ExtractedText(IReadOnlyList<TextBlock> Blocks, string Text, int? PageCount);

/// <summary>A document that cannot be indexed: the reason is shown on the document.</summary>
public sealed class UnreadableDocumentException(string message) : Exception(message);

/// <summary>
/// Reads a document's text with its structure, by the field's libraries: PdfPig (PDF text layer, per page),
/// the Open XML SDK (DOCX headings, list items, paragraphs), AngleSharp (HTML) and Markdig (Markdown).
/// </summary>
public static class DocumentText
{
    /// <summary>What the file is, from its first bytes (and for text, its name): pdf, docx, html, markdown or text; 415 for anything else.</summary>
    public static (string Format, string ContentType) Detect(string path, string fileName)
    {
        var head = new byte[8192];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.Read(head, 0, head.Length);
        var bytes = head.AsSpan(0, read);
        if (bytes.StartsWith("%PDF-"u8)) return ("pdf", "application/pdf");
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            if (IsWordDocument(path)) return ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            throw Unsupported("This is a zip archive but not a Word (.docx) document.");
        }
        if (read == 0) throw new ProblemException(StatusCodes.Status400BadRequest, "Empty document", $"'{fileName}' is empty.");
        // Text is UTF-16 or UTF-32 with a byte order mark, or else UTF-8, which has no NUL bytes (binary files do).
        if (UploadedFile.UnicodeBom(path) is null && bytes.Contains((byte)0)) throw Unsupported($"'{fileName}' is neither text nor a PDF, DOCX, HTML or Markdown document.");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var start = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (extension is ".html" or ".htm" or ".xhtml" || start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return ("html", "text/html");
        if (extension is ".md" or ".markdown") return ("markdown", "text/markdown");
        return ("text", "text/plain");
    }

    public static ExtractedText Extract(string path, string format, CancellationToken ct)
    {
        var blocks = new BlockList();
        int? pages = null;
        switch (format)
        {
            case "pdf": pages = Pdf(path, blocks, ct); break;
            case "docx": Docx(path, blocks); break;
            case "html": Html(ReadText(path), blocks); break;
            case "markdown": Markdown(ReadText(path), blocks); break;
            default: PlainText(ReadText(path), blocks); break;
        }
        if (blocks.Count == 0) throw new UnreadableDocumentException(format == "pdf" ? "The PDF has no text layer (a scan?): nothing to index." : "The document has no text.");
        return blocks.ToExtracted(pages);
    }

    private static int Pdf(string path, BlockList blocks, CancellationToken ct)
    {
        try
        {
            using var pdf = PdfDocument.Open(path);
            foreach (var page in pdf.GetPages())
            {
                ct.ThrowIfCancellationRequested();
                foreach (var paragraph in Paragraphs(ContentOrderTextExtractor.GetText(page))) blocks.Add(BlockKind.Paragraph, paragraph, 0, page.Number);
            }
            return pdf.NumberOfPages;
        }
        catch (Exception e) when (e is not OperationCanceledException and not UnreadableDocumentException)
        {
            throw new UnreadableDocumentException($"The PDF could not be read: {e.Message}");
        }
    }

    private static void Docx(string path, BlockList blocks)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new UnreadableDocumentException("The Word document has no body.");
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                var text = paragraph.InnerText;
                var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
                if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) && int.TryParse(style.AsSpan(7), out var level))
                    blocks.Add(BlockKind.Heading, text, level, null);
                else if (style.Equals("Title", StringComparison.OrdinalIgnoreCase)) blocks.Add(BlockKind.Heading, text, 1, null);
                else if (paragraph.ParagraphProperties?.NumberingProperties is not null || style.StartsWith("List", StringComparison.OrdinalIgnoreCase))
                    blocks.Add(BlockKind.ListItem, text, 0, null);
                else blocks.Add(BlockKind.Paragraph, text, 0, null);
            }
        }
        catch (Exception e) when (e is not UnreadableDocumentException)
        {
            throw new UnreadableDocumentException($"The Word document could not be read: {e.Message}");
        }
    }

    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD", "NAV"];

    private static readonly HashSet<string> BlockElements =
    [
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "ASIDE", "HEADER", "FOOTER", "BLOCKQUOTE", "PRE", "UL", "OL", "LI", "DL", "DT", "DD", "TABLE", "TR",
        "TD", "TH", "CAPTION", "FIGURE", "FIGCAPTION", "FORM", "FIELDSET", "ADDRESS", "HR", "BR", "H1", "H2", "H3", "H4", "H5", "H6",
    ];

    /// <summary>Walks the DOM: text gathers until a block-level element begins or ends; headings and list items keep their kind.</summary>
    private static void Html(string html, BlockList blocks)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        var kind = BlockKind.Paragraph;
        var level = 0;
        void Flush()
        {
            blocks.Add(kind, text.ToString(), level, null);
            text.Clear();
            (kind, level) = (BlockKind.Paragraph, 0);
        }
        void Walk(INode node)
        {
            if (node is IText t)
            {
                text.Append(t.Data);
                return;
            }
            if (node is not IElement element || Skipped.Contains(element.TagName)) return;
            var isBlock = BlockElements.Contains(element.TagName);
            if (isBlock) Flush();
            if (element.TagName is ['H', >= '1' and <= '6']) (kind, level) = (BlockKind.Heading, element.TagName[1] - '0');
            else if (element.TagName == "LI") kind = BlockKind.ListItem;
            else if (element.TagName == "PRE") kind = BlockKind.Code;
            foreach (var child in element.ChildNodes) Walk(child);
            if (isBlock) Flush();
        }
        if (document.Body is { } body) Walk(body);
        Flush();
    }

    private static void Markdown(string markdown, BlockList blocks)
    {
        var document = Markdig.Markdown.Parse(markdown);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var source = markdown.Substring(block.Span.Start, Math.Min(block.Span.Length, markdown.Length - block.Span.Start));
            switch (block)
            {
                case HeadingBlock heading:
                    blocks.Add(BlockKind.Heading, Markdig.Markdown.ToPlainText(source.TrimStart('#', ' ')), heading.Level, null);
                    break;
                case CodeBlock code:
                    blocks.Add(BlockKind.Code, code.Lines.ToString(), 0, null);
                    break;
                case ParagraphBlock:
                    blocks.Add(block.Parent is ListItemBlock ? BlockKind.ListItem : BlockKind.Paragraph, Markdig.Markdown.ToPlainText(source), 0, null);
                    break;
            }
        }
    }

    private static void PlainText(string text, BlockList blocks)
    {
        foreach (var paragraph in Paragraphs(text)) blocks.Add(BlockKind.Paragraph, paragraph, 0, null);
    }

    /// <summary>Paragraphs are separated by blank lines; lines within one are joined.</summary>
    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string ReadText(string path)
    {
        var encoding = UploadedFile.UnicodeBom(path) ?? System.Text.Encoding.UTF8;
        var strict = System.Text.Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            using var reader = new StreamReader(path, strict, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableDocumentException($"The document starts as {encoding.EncodingName} text but holds bytes that are not; save it as UTF-8.");
        }
    }

    private static bool IsWordDocument(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static ProblemException Unsupported(string detail) =>
        new(StatusCodes.Status415UnsupportedMediaType, "Unsupported document type", $"{detail} Upload PDF, DOCX, HTML, Markdown or plain text.");

    /// <summary>Blocks in order, whitespace collapsed, empty ones dropped, each placed in the joined text.</summary>
    private sealed class BlockList
    {
        private readonly List<TextBlock> _blocks = [];
        private readonly StringBuilder _text = new();

        public int Count => _blocks.Count;

        public void Add(BlockKind kind, string text, int level, int? page)
        {
            var clean = kind == BlockKind.Code ? text.Trim('\n', '\r') : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (clean.Trim().Length == 0) return;
            if (_text.Length > 0) _text.Append("\n\n");
            _blocks.Add(new TextBlock(kind, clean, level, page, _text.Length));
            _text.Append(clean);
        }

        public ExtractedText ToExtracted(int? pages) => new(_blocks, _text.ToString(), pages);
    }
}
