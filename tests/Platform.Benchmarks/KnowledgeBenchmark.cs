using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Api.Database;
using Platform.Features.Knowledge;

// Knowledge search, measured three ways in one run against the service as its own process:
//
// 1. Quality: debian-reference-en (the Debian package's HTML) in one knowledge base, and the questions of
//    Knowledge/debian-reference-questions.json (written from passages drawn at random, before the search ran on them).
//    A hit is relevant when its text holds the question's answer passage (compared as lower-case words). Recall@5 and
//    MRR@10 for hybrid, keyword and semantic, beside plain BM25 (whitespace words, no stemming, no stop words) over the
//    same chunks computed here.
// 2. Indexing: the upload of those files until every one is ready, against the bare work on the same files in this
//    process (text extraction, chunking and MiniLM embedding, the same library calls).
// 3. Latency: python3.11-doc's library reference (the Debian package's HTML) until the knowledge base holds at least
//    10,000 chunks; search p50/p95 through HTTP per mode, against GET /api/knowledge/{id} (the same request path
//    without the search) in the same run.
//
//   dotnet run -c Release --project tests/Platform.Benchmarks -- knowledge [quality|latency|all] [chunks=10000] [searches=300]

public static partial class KnowledgeBenchmark
{
    private sealed record Question(string QuestionText, string Answer);

    public static async Task<int> RunAsync(string[] args)
    {
        var part = args.Length > 0 ? args[0] : "all";
        var targetChunks = args.Length > 1 ? int.Parse(args[1]) : 10_000;
        var searches = args.Length > 2 ? int.Parse(args[2]) : 300;
        var folder = Path.Combine(Bench.RepositoryRoot, ".data", "bench");
        Directory.CreateDirectory(folder);
        var reference = await DebianPackageAsync(folder, "debian-reference-en", "usr/share/debian-reference");
        var python = await DebianPackageAsync(folder, "python3.11-doc", "usr/share/doc/python3.11/html/library");
        var referenceFiles = Directory.GetFiles(reference, "*.en.html").Order().ToList();
        var questions = JsonDocument.Parse(File.ReadAllText(Path.Combine(Bench.RepositoryRoot, "tests", "Platform.Benchmarks", "Knowledge", "debian-reference-questions.json")))
            .RootElement.GetProperty("questions").EnumerateArray()
            .Select(q => new Question(q.GetProperty("question").GetString()!, q.GetProperty("answer").GetString()!)).ToList();

        using var postgres = EmbeddedPostgres.Start(folder);
        var database = await ServiceProcess.CreateDatabase(postgres.ConnectionString);
        var port = ServiceProcess.FreePort();
        var data = Path.Combine(Bench.RepositoryRoot, ".data", "bench-knowledge");
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        // Indexing 10,000 chunks on two cores outlasts an access token.
        var server = ServiceProcess.Start(database, port, new Dictionary<string, string> { ["Platform__DataDirectory"] = data, ["Platform__Auth__AccessTokenLifetime"] = "04:00:00" });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(30) };
        await ServiceProcess.WaitForHealth(http);
        await ServiceProcess.SignInNewPersonAsync(http);

        if (part is "quality" or "all") await QualityAsync(http, referenceFiles, questions);
        if (part is "latency" or "all") await LatencyAsync(http, python, questions, targetChunks, searches);
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
        return 0;
    }

    private static async Task QualityAsync(HttpClient http, List<string> referenceFiles, List<Question> questions)
    {
        // 2. Indexing, API against bare, on the same files (the bare run also warms the model in this process).
        var bare = Stopwatch.StartNew();
        var chunks = Bare(referenceFiles);
        bare.Stop();
        var kb = await CreateAsync(http, "Debian reference");
        var api = Stopwatch.StartNew();
        await UploadAllAsync(http, kb, referenceFiles);
        api.Stop();
        Console.WriteLine($"indexing {referenceFiles.Count} files ({chunks.Count} chunks): bare extract + chunk + embed {bare.Elapsed.TotalSeconds:F1} s, " +
                          $"API upload to ready {api.Elapsed.TotalSeconds:F1} s: {api.Elapsed.TotalSeconds / bare.Elapsed.TotalSeconds:F2}x (goal <= 2x)");

        // 1. Quality.
        var bm25 = new PlainBm25(chunks.Select(KnowledgeIndexer.Embeddable).ToList());
        var results = new Dictionary<string, List<int?>>();
        foreach (var mode in new[] { "hybrid", "keyword", "semantic" })
            results[mode] = await RanksAsync(http, kb, questions, mode);
        results["plain BM25"] = questions.Select(q => FirstRelevant(bm25.Search(q.QuestionText, 10).Select(i => chunks[i].Text), q.Answer)).ToList();
        foreach (var (name, ranks) in results)
            Console.WriteLine($"{name,-10}  recall@5 {ranks.Count(r => r <= 5) / (double)ranks.Count:F3}  MRR@10 {ranks.Average(r => r is { } rank and <= 10 ? 1.0 / rank : 0):F3}  ({questions.Count} questions)");
        Console.WriteLine("missed by hybrid in the top 5: " + string.Join(" | ", questions.Where((_, i) => results["hybrid"][i] is not <= 5).Select(q => q.QuestionText)));
    }

    private static async Task LatencyAsync(HttpClient http, string python, List<Question> questions, int targetChunks, int searches)
    {
        // 3. Latency over >= 10,000 chunks.
        var large = await CreateAsync(http, "Python library reference");
        foreach (var batch in Directory.GetFiles(python, "*.html").Order().Chunk(20))
        {
            await UploadAllAsync(http, large, batch);
            var total = (await http.GetFromJsonAsync<JsonElement>($"/api/knowledge/{large}/documents?limit=100&offset=0")).GetProperty("total").GetInt32();
            var counted = await ChunkCountAsync(http, large);
            Console.WriteLine($"python docs: {total} documents, {counted} chunks");
            if (counted >= targetChunks) break;
        }
        var queries = questions.Select(q => q.QuestionText).Concat(["list comprehension", "how do I parse command line arguments", "asyncio event loop", "\"context manager\" -async",
            "read a csv file", "regular expression groups", "datetime timezone aware", "pathlib glob files recursively"]).ToList();
        var baseline = await LatenciesAsync(http, searches, i => new HttpRequestMessage(HttpMethod.Get, $"/api/knowledge/{large}"));
        Console.WriteLine($"GET /api/knowledge/{{id}}   p50 {Percentiles.Of(baseline, 0.5):F1} ms  p95 {Percentiles.Of(baseline, 0.95):F1} ms");
        foreach (var mode in new[] { "keyword", "semantic", "hybrid" })
        {
            var latencies = await LatenciesAsync(http, searches, i => new HttpRequestMessage(HttpMethod.Post, $"/api/knowledge/{large}/search")
            {
                Content = JsonContent.Create(new { query = queries[i % queries.Count], mode, topK = 5 }),
            });
            Console.WriteLine($"search {mode,-8}  p50 {Percentiles.Of(latencies, 0.5):F1} ms  p95 {Percentiles.Of(latencies, 0.95):F1} ms  " +
                              $"(p95 {Percentiles.Of(latencies, 0.95) / Percentiles.Of(baseline, 0.95):F1}x the GET; goal p95 <= 50 ms)");
        }
    }

    /// <summary>The package's files under <paramref name="path"/>, downloaded and unpacked once (apt-get download, dpkg-deb -x).</summary>
    private static async Task<string> DebianPackageAsync(string folder, string package, string path)
    {
        var root = Path.Combine(folder, package);
        var target = Path.Combine(root, path);
        if (Directory.Exists(target)) return target;
        Directory.CreateDirectory(root);
        await RunAsync("apt-get", root, "download", package);
        await RunAsync("dpkg-deb", root, "-x", Directory.GetFiles(root, $"{package}_*.deb").Single(), root);
        return target;
    }

    private static async Task RunAsync(string program, string directory, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { WorkingDirectory = directory, RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {await errors}");
    }

    private static List<Chunk> Bare(List<string> files)
    {
        using var model = new LocalMiniLmEmbeddings();
        var chunks = new List<Chunk>();
        foreach (var file in files)
        {
            var pieces = new Chunker(ChunkingSettings.Default).Split(DocumentText.Extract(file, "html", CancellationToken.None), CancellationToken.None);
            foreach (var batch in pieces.Chunk(32)) model.GenerateAsync(batch.Select(KnowledgeIndexer.Embeddable)).GetAwaiter().GetResult();
            chunks.AddRange(pieces);
        }
        return chunks;
    }

    private static async Task<Guid> CreateAsync(HttpClient http, string name)
    {
        var response = await http.PostAsJsonAsync("/api/knowledge", new { name });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task UploadAllAsync(HttpClient http, Guid kb, IEnumerable<string> files)
    {
        var form = new MultipartFormDataContent();
        foreach (var file in files) form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(file)), "files", Path.GetFileName(file));
        var response = await http.PostAsync($"/api/knowledge/{kb}/documents", form);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        foreach (var document in (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray())
        {
            var id = document.GetProperty("id").GetGuid();
            while (true)
            {
                var state = await http.GetFromJsonAsync<JsonElement>($"/api/knowledge/{kb}/documents/{id}");
                var status = state.GetProperty("status").GetString();
                if (status == "failed") Console.Error.WriteLine($"{state.GetProperty("name")} failed: {state.GetProperty("error")}");
                if (status != "processing") break;
                await Task.Delay(50);
            }
        }
    }

    private static async Task<int> ChunkCountAsync(HttpClient http, Guid kb)
    {
        var (sum, offset) = (0, 0);
        while (true)
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"/api/knowledge/{kb}/documents?limit=100&offset={offset}");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            sum += items.Sum(d => d.GetProperty("chunkCount").GetInt32());
            offset += items.Count;
            if (items.Count < 100) return sum;
        }
    }

    private static async Task<List<int?>> RanksAsync(HttpClient http, Guid kb, List<Question> questions, string mode)
    {
        var ranks = new List<int?>();
        foreach (var question in questions)
        {
            var response = await http.PostAsJsonAsync($"/api/knowledge/{kb}/search", new { query = question.QuestionText, mode, topK = 10 });
            response.EnsureSuccessStatusCode();
            var hits = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("text").GetString()!);
            ranks.Add(FirstRelevant(hits, question.Answer));
        }
        return ranks;
    }

    /// <summary>The 1-based rank of the first text holding the answer passage, compared as lower-case words.</summary>
    private static int? FirstRelevant(IEnumerable<string> texts, string answer)
    {
        var wanted = Words(answer);
        var rank = 0;
        foreach (var text in texts)
        {
            rank++;
            if ($" {Words(text)} ".Contains($" {wanted} ", StringComparison.Ordinal)) return rank;
        }
        return null;
    }

    private static string Words(string text) => string.Join(' ', WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    private static async Task<List<double>> LatenciesAsync(HttpClient http, int count, Func<int, HttpRequestMessage> request)
    {
        for (var i = 0; i < 20; i++) (await http.SendAsync(request(i))).EnsureSuccessStatusCode();
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            (await http.SendAsync(request(i))).EnsureSuccessStatusCode();
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }
        return latencies;
    }

    /// <summary>Textbook BM25 (k1 1.2, b 0.75) over lower-case words: the baseline the keyword retriever must not fall below.</summary>
    private sealed class PlainBm25
    {
        private readonly List<Dictionary<string, int>> _documents;
        private readonly Dictionary<string, int> _frequency = [];
        private readonly double _averageLength;

        public PlainBm25(List<string> texts)
        {
            _documents = texts.Select(t => Words(t).Split(' ', StringSplitOptions.RemoveEmptyEntries).CountBy(w => w).ToDictionary(c => c.Key, c => c.Value)).ToList();
            foreach (var term in _documents.SelectMany(d => d.Keys)) _frequency[term] = _frequency.GetValueOrDefault(term) + 1;
            _averageLength = _documents.Average(d => d.Values.Sum());
        }

        public IEnumerable<int> Search(string query, int top)
        {
            var terms = Words(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
            return _documents.Select((d, i) =>
            {
                var length = d.Values.Sum();
                var score = terms.Where(d.ContainsKey).Sum(t =>
                {
                    var df = _frequency[t];
                    var tf = d[t];
                    return Math.Log(1 + (_documents.Count - df + 0.5) / (df + 0.5)) * tf * 2.2 / (tf + 1.2 * (1 - 0.75 + 0.75 * length / _averageLength));
                });
                return (Index: i, Score: score);
            }).Where(s => s.Score > 0).OrderByDescending(s => s.Score).Take(top).Select(s => s.Index);
        }
    }
}
