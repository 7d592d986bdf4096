using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Platform.Tests.Datasets;

/// <summary>Broken input is a 400 (or 413/415) that says what and where, and leaves nothing behind.</summary>
public sealed class BrokenUploadTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task AssertNothingLeftBehind(Person owner)
    {
        var list = await (await owner.Client.GetAsync("/api/datasets")).JsonAsync();
        Assert.Equal(0, list.GetProperty("total").GetInt64());
        foreach (var folder in new[] { "datasets", "uploads" })
        {
            var path = Path.Combine(factory.DataDirectory, folder);
            Assert.True(!Directory.Exists(path) || Directory.GetFileSystemEntries(path).Length == 0, $"{folder} is not empty");
        }
    }

    public static TheoryData<string, byte[], string> BrokenFiles => new()
    {
        { "empty.csv", [], "empty" },
        { "blank.csv", "\n  \n"u8.ToArray(), "empty" },
        { "header-only.csv", "a,b,c\n"u8.ToArray(), "no data rows" },
        { "ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n"u8.ToArray(), "Line 3 has 2 fields, but the header has 3" },
        { "ragged-quoted.csv", "a,b\n\"two\nlines\",1\n\"x\",2,3\n"u8.ToArray(), "Line 4 has 3 fields" },
        { "duplicate.csv", "id,Name,name\n1,x,y\n"u8.ToArray(), "'name' is both column 2 and column 3" },
        { "unnamed.csv", "id,,value\n1,x,y\n"u8.ToArray(), "Column 2 has no name" },
        { "latin1.csv", Encoding.Latin1.GetBytes("city,people\nZürich,400000\nMünchen,1500000\n"), "utf-8" },
        { "broken-utf16.csv", [0xFF, 0xFE, (byte)'a', 0, (byte)'\n', 0, 0x00, 0xD8, (byte)'1', 0], "holds bytes that are not" },
        { "broken.json", "[{\"a\": 1}, {\"a\": "u8.ToArray(), "Malformed JSON" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task Broken_files_are_a_400_saying_what_and_where(string fileName, byte[] content, string expected)
    {
        var owner = await Person.RegisterAsync(factory);

        var response = await owner.Client.UploadAsync(fileName, content);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(factory.DataDirectory, problem.GetProperty("detail").GetString());
        await AssertNothingLeftBehind(owner);
    }

    [Theory]
    [InlineData("old.xls", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "xlsx")]
    [InlineData("renamed.csv", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "xlsx")]
    public async Task Legacy_excel_is_415_with_a_way_out_whatever_its_name(string fileName, byte[] content, string expected)
    {
        var owner = await Person.RegisterAsync(factory);

        var response = await owner.Client.UploadAsync(fileName, content);

        var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
        await AssertNothingLeftBehind(owner);
    }

    [Fact]
    public async Task A_request_that_is_not_a_multipart_form_is_415_and_a_form_without_file_400()
    {
        var owner = await Person.RegisterAsync(factory);

        var json = await owner.Client.PostAsync("/api/datasets", new StringContent("{}", Encoding.UTF8, "application/json"));
        var noFile = await owner.Client.PostAsync("/api/datasets", new MultipartFormDataContent { { new StringContent("x"), "name" } });

        await json.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await noFile.ProblemAsync(HttpStatusCode.BadRequest);
        await AssertNothingLeftBehind(owner);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_413()
    {
        await using var small = await new PlatformFactory().With("Platform:Datasets:MaxUploadBytes", "1000").StartAsync();
        var owner = await Person.RegisterAsync(small);
        var big = "n\n" + string.Join('\n', Enumerable.Range(0, 2000));

        var declared = await owner.Client.UploadAsync("big.csv", big);
        var form = new MultipartFormDataContent { { new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big))), "file", "big.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/datasets") { Content = form };
        request.Headers.TransferEncodingChunked = true;
        var chunked = await owner.Client.SendAsync(request);

        await declared.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await chunked.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(Directory.Exists(Path.Combine(small.DataDirectory, "uploads")) ? Directory.GetFiles(Path.Combine(small.DataDirectory, "uploads")) : []);
    }
}
