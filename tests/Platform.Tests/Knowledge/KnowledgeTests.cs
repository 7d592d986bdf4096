using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Tests.Knowledge;

/// <summary>Knowledge bases through HTTP: documents of every format in, hybrid search out, versions, failures and bad input.</summary>
public sealed class KnowledgeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static async Task<Guid> CreateAsync(Person person, object? body = null) =>
        (await (await person.Client.PostAsJsonAsync("/api/knowledge", body ?? new { name = "Handbook" })).JsonAsync(HttpStatusCode.Created)).Id();

    public static Task<HttpResponseMessage> UploadAsync(Person person, Guid knowledgeBase, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files) form.Add(new ByteArrayContent(bytes), "files", name);
        return person.Client.PostAsync($"/api/knowledge/{knowledgeBase}/documents", form);
    }

    /// <summary>The knowledge base's latest documents once none is processing.</summary>
    public static async Task<JsonElement[]> IndexedAsync(Person person, Guid knowledgeBase, bool allVersions = false)
    {
        var documents = await Eventually.Until(
            async () => (await (await person.Client.GetAsync($"/api/knowledge/{knowledgeBase}/documents?allVersions={allVersions}")).JsonAsync()).GetProperty("items").EnumerateArray().ToArray(),
            items => items.All(d => d.GetProperty("status").GetString() != "processing"), TimeSpan.FromSeconds(60));
        Assert.All(documents, d => Assert.NotEqual("processing", d.GetProperty("status").GetString()));
        return documents;
    }

    public static async Task<JsonElement[]> SearchAsync(Person person, Guid knowledgeBase, string query, string mode = "hybrid", int topK = 5) =>
        (await (await person.Client.PostAsJsonAsync($"/api/knowledge/{knowledgeBase}/search", new { query, mode, topK })).JsonAsync())
        .GetProperty("hits").EnumerateArray().ToArray();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Documents_of_every_format_are_indexed_and_found_by_their_words_and_by_their_meaning()
    {
        var owner = await Person.RegisterAsync(factory);
        var kb = await CreateAsync(owner, new { name = "Household", description = "Everything at home", language = "english" });
        var uploaded = await (await UploadAsync(owner, kb, ("baking.md", Utf8(KnowledgeDocuments.Markdown)), ("solar.html", Utf8(KnowledgeDocuments.Html)),
            ("cycling.docx", KnowledgeDocuments.CyclingDocx()), ("nature.pdf", KnowledgeDocuments.VolcanoPdf()), ("notes.txt", Utf8("Water the tomatoes every evening in July.")))).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(5, uploaded.GetArrayLength());
        Assert.All(uploaded.EnumerateArray(), d => Assert.Equal("processing", d.GetProperty("status").GetString()));

        var documents = await IndexedAsync(owner, kb);
        Assert.All(documents, d => Assert.Equal("ready", d.GetProperty("status").GetString()));
        var byName = documents.ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Equal(["markdown", "html", "docx", "pdf", "text"], new[] { "baking.md", "solar.html", "cycling.docx", "nature.pdf", "notes.txt" }.Select(n => byName[n].GetProperty("format").GetString()));
        Assert.Equal(2, byName["nature.pdf"].GetProperty("pageCount").GetInt32());
        Assert.All(documents, d => Assert.True(d.GetProperty("chunkCount").GetInt32() >= 1));

        // Keyword: the word is in one document only; headings say where the passage sits.
        var proof = await SearchAsync(owner, kb, "doubled in size", "keyword");
        Assert.Equal("baking.md", proof[0].GetProperty("documentName").GetString());
        Assert.Contains("Proofing the dough", proof[0].GetProperty("headingPath").GetString());
        Assert.Equal(1, proof[0].GetProperty("keyword").GetProperty("rank").GetInt32());
        Assert.Equal(JsonValueKind.Null, proof[0].GetProperty("semantic").ValueKind);
        var text = proof[0].GetProperty("text").GetString()!;
        Assert.Equal(text.Length, proof[0].GetProperty("end").GetInt32() - proof[0].GetProperty("start").GetInt32());

        // Stemming: "erupting" finds "erupts", on the PDF's second page.
        var volcano = await SearchAsync(owner, kb, "erupting lava", "keyword");
        Assert.Equal("nature.pdf", volcano[0].GetProperty("documentName").GetString());
        Assert.Equal(2, volcano[0].GetProperty("page").GetInt32());

        // Semantic: no word in common with the passage.
        var meaning = await SearchAsync(owner, kb, "how do I make my bread puff up", "semantic");
        Assert.Equal("baking.md", meaning[0].GetProperty("documentName").GetString());
        Assert.True(meaning[0].GetProperty("semantic").GetProperty("score").GetDouble() > 0.2);
        var bikes = await SearchAsync(owner, kb, "which two-wheeler for dirt tracks", "semantic");
        Assert.Equal("cycling.docx", bikes[0].GetProperty("documentName").GetString());

        // Hybrid fuses both lists: the hit both retrievers rank first carries both scores.
        var hybrid = await SearchAsync(owner, kb, "inverter converts direct current");
        Assert.Equal("solar.html", hybrid[0].GetProperty("documentName").GetString());
        Assert.NotEqual(JsonValueKind.Null, hybrid[0].GetProperty("keyword").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, hybrid[0].GetProperty("semantic").ValueKind);
        Assert.DoesNotContain(hybrid, h => h.GetProperty("text").GetString()!.Contains("var ignored"));

        // Filters: only the documents named.
        var onlyNotes = await (await owner.Client.PostAsJsonAsync($"/api/knowledge/{kb}/search",
            new { query = "water", documentIds = new[] { byName["notes.txt"].Id() } })).JsonAsync();
        Assert.All(onlyNotes.GetProperty("hits").EnumerateArray(), h => Assert.Equal("notes.txt", h.GetProperty("documentName").GetString()));

        var download = await owner.Client.GetAsync($"/api/knowledge/{kb}/documents/{byName["cycling.docx"].Id()}/download");
        await download.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal(KnowledgeDocuments.CyclingDocx().Length, (await download.Content.ReadAsByteArrayAsync()).Length);
        var summary = await (await owner.Client.GetAsync($"/api/knowledge/{kb}")).JsonAsync();
        Assert.Equal(5, summary.GetProperty("documentCount").GetInt32());
        Assert.Equal("all-MiniLM-L6-v2", summary.GetProperty("embeddingModel").GetString());
    }

    [Fact]
    public async Task The_same_bytes_are_the_same_document_and_a_file_of_the_same_name_is_its_next_version()
    {
        var owner = await Person.RegisterAsync(factory);
        var kb = await CreateAsync(owner);
        var first = (await (await UploadAsync(owner, kb, ("policy.md", Utf8("# Leave\n\nHolidays are booked through the marmalade portal.")))).JsonAsync(HttpStatusCode.Accepted))[0];
        await IndexedAsync(owner, kb);
        var again = await (await UploadAsync(owner, kb, ("copy.md", Utf8("# Leave\n\nHolidays are booked through the marmalade portal.")))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(first.Id(), again[0].Id());

        var second = (await (await UploadAsync(owner, kb, ("policy.md", Utf8("# Leave\n\nHolidays are booked through the quince system.")))).JsonAsync(HttpStatusCode.Accepted))[0];
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        var latest = await IndexedAsync(owner, kb);
        Assert.Equal([second.Id()], latest.Select(d => d.Id()));
        Assert.Equal(2, (await IndexedAsync(owner, kb, allVersions: true)).Length);
        Assert.Empty(await SearchAsync(owner, kb, "marmalade", "keyword"));
        Assert.Equal(second.Id(), (await SearchAsync(owner, kb, "quince", "keyword"))[0].GetProperty("documentId").GetGuid());

        // Deleting the document takes every version with it.
        await (await owner.Client.DeleteAsync($"/api/knowledge/{kb}/documents/{second.Id()}")).EnsureStatus(HttpStatusCode.NoContent);
        Assert.Empty(await IndexedAsync(owner, kb, allVersions: true));
        Assert.Empty(await SearchAsync(owner, kb, "holidays"));
        await (await owner.Client.GetAsync($"/api/knowledge/{kb}/documents/{first.Id()}/download")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_broken_file_fails_alone_and_bad_input_is_refused_leaving_nothing()
    {
        var owner = await Person.RegisterAsync(factory);
        var kb = await CreateAsync(owner);
        var brokenDocx = Encoding.ASCII.GetBytes("PK\u0003\u0004").Concat(new byte[200]).ToArray();
        await (await UploadAsync(owner, kb, ("scan.pdf", KnowledgeDocuments.Pdf([])), ("fine.txt", Utf8("A perfectly readable note about gooseberries.")),
            ("broken.pdf", Utf8("%PDF-1.7 this is not really a PDF")))).JsonAsync(HttpStatusCode.Accepted);
        var documents = (await IndexedAsync(owner, kb)).ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Equal("failed", documents["scan.pdf"].GetProperty("status").GetString());
        Assert.Contains("no text layer", documents["scan.pdf"].GetProperty("error").GetString());
        Assert.Equal("failed", documents["broken.pdf"].GetProperty("status").GetString());
        Assert.Equal("ready", documents["fine.txt"].GetProperty("status").GetString());
        Assert.Single(await SearchAsync(owner, kb, "gooseberries"));

        // Refused before anything is kept: an unsupported type, a zip that is no Word document, a file too large.
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
        await (await UploadAsync(owner, kb, ("ok.txt", Utf8("fine")), ("picture.png", png))).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await UploadAsync(owner, kb, ("archive.docx", brokenDocx))).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await UploadAsync(owner, kb, ("huge.txt", new byte[25 * 1024 * 1024 + 1]))).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await owner.Client.PostAsync($"/api/knowledge/{kb}/documents", new StringContent("not a form"))).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await UploadAsync(owner, kb, Enumerable.Range(0, 21).Select(i => ($"note{i}.txt", Utf8($"note {i}"))).ToArray())).ProblemAsync(HttpStatusCode.BadRequest);
        var form = new MultipartFormDataContent { { new ByteArrayContent(Utf8("x")), "files", "a.txt" }, { new StringContent("[1,2]"), "metadata" } };
        await (await owner.Client.PostAsync($"/api/knowledge/{kb}/documents", form)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(3, (await IndexedAsync(owner, kb, allVersions: true)).Length);

        foreach (var bad in new object[]
        {
            new { query = "" }, new { query = "gooseberries", topK = 51 }, new { query = "gooseberries", topK = 0 }, new { query = "gooseberries", mode = "fuzzy" },
            new { query = new string('q', 1001) },
        })
            await (await owner.Client.PostAsJsonAsync($"/api/knowledge/{kb}/search", bad)).ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var bad in new object[]
        {
            new { name = "" }, new { name = "x", language = "klingon" }, new { name = "x", chunking = new { maxTokens = 10, overlapTokens = 0 } },
            new { name = "x", chunking = new { maxTokens = 200, overlapTokens = 150 } }, new { name = "x", visibility = "secret" }, new { name = new string('n', 201) },
        })
            await (await owner.Client.PostAsJsonAsync("/api/knowledge", bad)).ProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.PatchAsJsonAsync($"/api/knowledge/{kb}", new { language = "klingon" })).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Changing_the_chunking_or_asking_for_it_indexes_every_document_again()
    {
        var owner = await Person.RegisterAsync(factory);
        var kb = await CreateAsync(owner, new { name = "Long reads", chunking = new { maxTokens = 400, overlapTokens = 40 } });
        var paragraphs = string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"Paragraph {i} tells of the harbour town's fishing fleet and its {i} boats returning at dawn."));
        await (await UploadAsync(owner, kb, ("harbour.txt", Utf8(paragraphs)))).EnsureStatus(HttpStatusCode.Accepted);
        var wide = (await IndexedAsync(owner, kb))[0].GetProperty("chunkCount").GetInt32();

        var changed = await (await owner.Client.PatchAsJsonAsync($"/api/knowledge/{kb}", new { chunking = new { maxTokens = 60, overlapTokens = 20 } })).JsonAsync();
        Assert.Equal(60, changed.GetProperty("chunking").GetProperty("maxTokens").GetInt32());
        var narrow = (await IndexedAsync(owner, kb))[0].GetProperty("chunkCount").GetInt32();
        Assert.True(narrow > wide, $"{narrow} chunks of 60 tokens should outnumber {wide} of 400");

        var reindex = await (await owner.Client.PostAsync($"/api/knowledge/{kb}/reindex", null)).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(1, reindex.GetProperty("documents").GetInt32());
        Assert.Equal(narrow, (await IndexedAsync(owner, kb))[0].GetProperty("chunkCount").GetInt32());
        Assert.NotEmpty(await SearchAsync(owner, kb, "fishing fleet at dawn"));
    }

    [Fact]
    public async Task Asking_to_index_again_while_documents_are_being_indexed_is_accepted_every_time()
    {
        var owner = await Person.RegisterAsync(factory);
        var kb = await CreateAsync(owner, new { name = "Busy" });
        var files = Enumerable.Range(1, 6).Select(n => ($"note-{n}.txt", Utf8(string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Note {n}, line {i}: the ferry leaves at {i} past.")))))
            .ToArray();
        await (await UploadAsync(owner, kb, files)).EnsureStatus(HttpStatusCode.Accepted);

        // Requests at once, while the indexer saves each document it finishes: each marks what the others may have saved.
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => owner.Client.PostAsync($"/api/knowledge/{kb}/reindex", null)));
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode));
        Assert.Equal(6, (await IndexedAsync(owner, kb)).Length);
    }
}
