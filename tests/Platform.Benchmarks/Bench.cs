/// <summary>Entry point: <c>overhead</c> (endpoint pipeline cost), <c>sse</c> (room event fan-out) <c>ingest</c> (upload to queryable) <c>ingest-settings</c> (what DuckDB's settings do to a bare CSV ingest) <c>query</c> (GROUP BY and NL stream) <c>models</c> (training and prediction latency) <c>jobs</c> (schedule firing delay and job throughput) <c>memory</c> (RSS under large answers) <c>audit</c> (the audit entry's cost on a create) <c>backup</c> (backup and restore against pg_dump and tar) <c>knowledge</c> (retrieval quality, indexing and search latency) <c>assistant</c> (time to the first frames of a turn, resumes after dropped connections) <c>automations</c> (webhook trigger to first step, outbound deliveries per second) <c>notebooks</c> (kernel start, cell round trip and outputs per second against a bare jupyter_client) or <c>mixed</c> (a realistic mix of browsing, questions, uploads, room subscribers and a schedule at once, against each route alone).</summary>
public static class Bench
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "overhead" => MeOverheadBenchmark.RunAsync(args[1..]),
        "sse" => SseFanOutBenchmark.RunAsync(args[1..]),
        "ingest" => IngestBenchmark.RunAsync(args[1..]),
        "ingest-settings" => IngestSettingsBenchmark.RunAsync(args[1..]),
        "query" => QueryBenchmark.RunAsync(args[1..]),
        "models" => ModelBenchmark.RunAsync(args[1..]),
        "jobs" => JobsBenchmark.RunAsync(args[1..]),
        "memory" => MemoryBenchmark.RunAsync(args[1..]),
        "audit" => AuditBenchmark.RunAsync(args[1..]),
        "backup" => BackupBenchmark.RunAsync(args[1..]),
        "knowledge" => KnowledgeBenchmark.RunAsync(args[1..]),
        "assistant" => AssistantBenchmark.RunAsync(args[1..]),
        "automations" => AutomationsBenchmark.RunAsync(args[1..]),
        "notebooks" => NotebooksBenchmark.RunAsync(args[1..]),
        "mixed" => MixedLoadBenchmark.RunAsync(args[1..]),
        _ => Usage(),
    };

    private static Task<int> Usage()
    {
        Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Platform.Benchmarks -- overhead|sse|ingest|ingest-settings|query|models|jobs|memory|audit|backup|knowledge|assistant|automations|notebooks|mixed [options]");
        return Task.FromResult(2);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        throw new InvalidOperationException("Platform.sln not found.");
    }
}
