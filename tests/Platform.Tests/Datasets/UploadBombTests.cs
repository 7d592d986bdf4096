using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Platform.Tests.Datasets;

/// <summary>Files built to exhaust the service (inflating workbooks, endless headers, huge form fields, slow ingests) are refused, and leave nothing behind.</summary>
public sealed class UploadBombTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    /// <summary>A workbook whose shared strings inflate from a few hundred KB to <paramref name="inflatedBytes"/>.</summary>
    private static byte[] InflatingWorkbook(long inflatedBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var workbook = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open()))
                workbook.Write("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
            using var strings = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflatedBytes; written += zeros.Length) strings.Write(zeros);
        }
        return buffer.ToArray();
    }

    private async Task<Guid[]> DatasetsAsync(Person owner) =>
        (await (await owner.Client.GetAsync("/api/datasets")).JsonAsync()).GetProperty("items").EnumerateArray().Select(d => d.Id()).ToArray();

    [Fact]
    public async Task A_workbook_part_that_inflates_past_the_cap_is_refused_naming_it()
    {
        var owner = await Person.RegisterAsync(factory);

        var huge = await owner.Client.UploadAsync("bomb.xlsx", InflatingWorkbook(300L * 1024 * 1024));
        var dense = await owner.Client.UploadAsync("dense.xlsx", InflatingWorkbook(20L * 1024 * 1024));

        Assert.Contains("xl/sharedStrings.xml", (await huge.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).GetProperty("detail").GetString());
        Assert.Contains("xl/sharedStrings.xml", (await dense.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        Assert.Empty(await DatasetsAsync(owner));
    }

    [Fact]
    public async Task A_header_of_millions_of_columns_is_refused_at_once()
    {
        var owner = await Person.RegisterAsync(factory);
        var wide = new StringBuilder();
        for (var i = 0; i < 2_000_000; i++) wide.Append('c').Append(i).Append(',');
        wide.Append("last\n1");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var problem = await (await owner.Client.UploadAsync("wide.csv", wide.ToString())).ProblemAsync(HttpStatusCode.BadRequest);
        var justOver = string.Join(',', Enumerable.Range(0, 10_001).Select(i => $"c{i}")) + "\n" + string.Join(',', Enumerable.Repeat("1", 10_001));
        var over = await (await owner.Client.UploadAsync("over.csv", justOver)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("10000", problem.GetProperty("detail").GetString()!.Replace(",", ""));
        Assert.Contains("10001 columns", over.GetProperty("detail").GetString());
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"took {clock.Elapsed}");
        Assert.Empty(await DatasetsAsync(owner));
    }

    [Fact]
    public async Task Form_fields_are_read_no_further_than_64_KB()
    {
        var owner = await Person.RegisterAsync(factory);
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("a,b\n1,2\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(new StringContent(new string('n', 200_000)), "name");
        form.Add(file, "file", "small.csv");

        var problem = await (await owner.Client.PostAsync("/api/datasets", form)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("'name'", problem.GetProperty("detail").GetString());
        Assert.Empty(await DatasetsAsync(owner));
    }

    [Fact]
    public async Task An_ingest_past_its_time_is_stopped_and_the_dataset_fails_saying_why()
    {
        await using var impatient = await new PlatformFactory().With("Platform:Datasets:MaxIngestTime", "00:00:00.001").StartAsync();
        var owner = await Person.RegisterAsync(impatient);

        var problem = await (await owner.Client.UploadSharedAsync("weather.csv")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("took longer than", problem.GetProperty("detail").GetString());
    }
}
