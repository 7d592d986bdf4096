using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Platform.Tests.Knowledge;

/// <summary>Small real documents of each format, made with the same libraries that read them.</summary>
public static class KnowledgeDocuments
{
    public const string Markdown = """
        # Baking

        Good bread needs flour, water, salt and yeast, and above all time.

        ## Proofing the dough

        Leave the dough covered in a warm place until it has doubled in size; the yeast makes the loaf rise.

        - Knead for ten minutes
        - Shape the loaf before the second proof

        ## Baking the loaf

        Bake at 230 degrees with steam for the first fifteen minutes so the crust can expand.
        """;

    public const string Html = """
        <!doctype html>
        <html><head><title>Solar</title><script>var ignored = "photovoltaic";</script></head>
        <body>
          <h1>Solar panels</h1>
          <p>Photovoltaic panels turn sunlight into electricity. An inverter converts their direct current to alternating current for the home.</p>
          <h2>Maintenance</h2>
          <ul><li>Clean the panels twice a year.</li><li>Check the inverter's display for faults.</li></ul>
        </body></html>
        """;

    public static byte[] Docx(params (string Style, string Text)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = p.Style }), new Run(new Text(p.Text))))));
        }
        return stream.ToArray();
    }

    public static byte[] CyclingDocx() => Docx(
        ("Heading1", "Cycling routes"),
        ("Normal", "The coastal route follows the cliffs for forty kilometres and suits a whole day in the saddle."),
        ("Heading2", "Bikes"),
        ("Normal", "Gravel bicycles with wide tyres handle the unpaved sections best."));

    /// <summary>A PDF with one text page per entry (an empty entry makes a page without text, as a scan has).</summary>
    public static byte[] Pdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            for (var i = 0; i < lines.Length; i++) page.AddText(lines[i], 11, new PdfPoint(40, 780 - i * 16), font);
        }
        return builder.Build();
    }

    public static byte[] VolcanoPdf() => Pdf(
        ["Household taxes", "The tax return is due by the end of April each year."],
        ["Volcanoes", "Magma rises through the crust and erupts as lava and ash.", "Pyroclastic flows are the deadliest hazard near an eruption."]);
}
