using System.Net;
using System.Text.Json;

namespace Platform.Tests.Datasets;

public sealed class XlsxUploadTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly object?[][] Sales =
    [
        [],
        ["Region", "Units sold", "Price (€)", "Shipped on", "Paid", "Note"],
        ["North", 12, 9.5, new DateTime(2024, 1, 15), true, "first, with a comma"],
        [],
        ["South", 7, 10.25, new DateTime(2024, 2, 1), false, null],
        ["North", 30, 8, new DateTime(2024, 3, 31), true, "say \"hi\""],
    ];

    private static string Type(JsonElement dataset, string column) =>
        dataset.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == column).GetProperty("type").GetString()!;

    [Fact]
    public async Task The_first_sheet_becomes_a_typed_table_with_its_names_as_written()
    {
        var owner = await Person.RegisterAsync(factory);

        var dataset = await (await owner.Client.UploadAsync("sales.xlsx", Workbooks.Build(("Q1", Sales), ("Notes", [["text"], ["x"]])))).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("xlsx", dataset.GetProperty("format").GetString());
        Assert.Equal(3, dataset.GetProperty("rowCount").GetInt64());
        Assert.Equal(["Region", "Units sold", "Price (€)", "Shipped on", "Paid", "Note"],
            dataset.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("VARCHAR", Type(dataset, "Region"));
        Assert.Equal("BIGINT", Type(dataset, "Units sold"));
        Assert.Equal("DOUBLE", Type(dataset, "Price (€)"));
        Assert.Equal("DATE", Type(dataset, "Shipped on"));
        Assert.Equal("BOOLEAN", Type(dataset, "Paid"));
        var rows = await (await owner.Client.GetAsync($"/api/datasets/{dataset.Id()}/rows")).JsonAsync();
        Assert.Equal("""["North",12,9.5,"2024-01-15",true,"first, with a comma"]""", rows.GetProperty("rows")[0].GetRawText());
        Assert.Equal(JsonValueKind.Null, rows.GetProperty("rows")[1][5].ValueKind);
        Assert.Equal("say \"hi\"", rows.GetProperty("rows")[2][5].GetString());
    }

    [Theory]
    [InlineData("notes")]
    [InlineData("2")]
    public async Task Another_sheet_is_chosen_by_name_or_position(string sheet)
    {
        var owner = await Person.RegisterAsync(factory);

        var dataset = await (await owner.Client.UploadAsync("book.xlsx", Workbooks.Build(("Q1", Sales), ("Notes", [["text", "n"], ["x", 1], ["y", 2]])), sheet: sheet))
            .JsonAsync(HttpStatusCode.Created);

        Assert.Equal(2, dataset.GetProperty("rowCount").GetInt64());
        Assert.Equal("BIGINT", Type(dataset, "n"));
    }

    public static TheoryData<string, byte[], string?, string> BrokenWorkbooks => new()
    {
        { "missing sheet", Workbooks.Build(("Q1", Sales), ("Notes", [["a"], [1]])), "Totals", "no sheet 'Totals'; its sheets are 'Q1', 'Notes'" },
        { "empty sheet", Workbooks.Build(("Empty", [])), null, "Sheet 'Empty' is empty" },
        { "header only", Workbooks.Build(("S", [["a", "b"]])), null, "no data rows" },
        { "unnamed column", Workbooks.Build(("S", [["a", null, "c"], [1, 2, 3]])), null, "Column B has no name in the header row (row 1)" },
        { "value outside the header", Workbooks.Build(("S", [["a", "b"], [1, 2], [3, 4, 5]])), null, "Row 3 of sheet 'S' has a value in column C" },
        { "duplicate names", Workbooks.Build(("S", [["id", "Name", "name"], [1, "x", "y"]])), null, "'name' is both column 2 and column 3" },
    };

    [Theory]
    [MemberData(nameof(BrokenWorkbooks))]
    public async Task Broken_workbooks_are_a_400_saying_what_and_where(string why, byte[] workbook, string? sheet, string expected)
    {
        var owner = await Person.RegisterAsync(factory);

        var response = await owner.Client.UploadAsync($"{why}.xlsx", workbook, sheet: sheet);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
        var list = await (await owner.Client.GetAsync("/api/datasets")).JsonAsync();
        Assert.Equal(0, list.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_415()
    {
        var owner = await Person.RegisterAsync(factory);
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create))
            await using (var entry = zip.CreateEntry("data.csv").Open()) entry.Write("a,b\n1,2\n"u8);

        var response = await owner.Client.UploadAsync("data.xlsx", buffer.ToArray());

        var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("not an XLSX workbook", problem.GetProperty("detail").GetString());
    }
}
