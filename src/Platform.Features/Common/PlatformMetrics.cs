using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace Platform.Features.Common;

/// <summary>
/// The platform's own instruments (meter <c>Platform</c>), exported at <c>/metrics</c> beside ASP.NET Core's, the
/// HTTP client's, the runtime's and Npgsql's. Tags take few values (outcomes, kinds, route templates), never ids.
/// </summary>
public static class PlatformMetrics
{
    public const string MeterName = "Platform";
    private static readonly Meter Meter = new(MeterName);

    /// <summary>Seconds from 5 ms to 10 minutes: the default buckets are made for milliseconds.</summary>
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
    };

    private static Histogram<double> Timer(string name, string description) => Meter.CreateHistogram(name, "s", description, tags: null, advice: Seconds);

    public static readonly Counter<long> Queries = Meter.CreateCounter<long>("platform.queries", "{query}", "SQL queries run on datasets, by outcome (ok, cached, failed).");
    public static readonly Histogram<double> QueryDuration = Timer("platform.query.duration", "Time to run a query on datasets, cached answers included.");
    public static readonly Counter<long> Questions = Meter.CreateCounter<long>("platform.questions", "{question}", "Plain-language questions answered, by engine (builtin, model) and whether they were understood.");
    public static readonly Counter<long> IngestBytes = Meter.CreateCounter<long>("platform.ingest.bytes", "By", "Bytes of uploaded files ingested into datasets.");
    public static readonly Histogram<double> IngestDuration = Timer("platform.ingest.duration", "Time to ingest an uploaded file, by outcome (ready, failed).");
    public static readonly OpenCount StreamSubscribers = new(Meter, "platform.sse.subscribers", "{subscriber}", "Open server-sent event streams, by route template.", tagName: "route");
    public static readonly Counter<long> JobsQueued = Meter.CreateCounter<long>("platform.jobs.queued", "{job}", "Jobs created (queued or scheduled).");
    public static readonly OpenCount JobsRunning = new(Meter, "platform.jobs.running", "{job}", "Jobs running on this instance.");
    public static readonly Counter<long> JobClaimConflicts = Meter.CreateCounter<long>("platform.jobs.claim_conflicts", "{claim}",
        "Claims of a job lost to another write of it (a person's change; instances skip each other's locked jobs).");
    public static readonly Counter<long> JobsFinished = Meter.CreateCounter<long>("platform.jobs.finished", "{job}", "Job runs ended on this instance, by status (succeeded, failed, cancelled, blocked, requeued).");
    public static readonly Counter<long> Trainings = Meter.CreateCounter<long>("platform.trainings", "{training}", "Model trainings ended, by outcome (ready, failed).");
    public static readonly Histogram<double> TrainingDuration = Timer("platform.training.duration", "Time to train a model.");
    public static readonly OpenCount NotebookKernels = new(Meter, "platform.notebooks.kernels", "{kernel}", "Sandboxed Python kernels running on this instance.");
    public static readonly Counter<long> CellRuns = Meter.CreateCounter<long>("platform.notebooks.cell_runs", "{run}", "Notebook cell and one-off code runs ended, by kind (python, sql) and status (ok, error, aborted).");
    public static readonly Counter<long> Predictions = Meter.CreateCounter<long>("platform.predictions", "{row}", "Rows predicted by deployments.");
    public static readonly Histogram<double> PredictDuration = Timer("platform.predict.duration", "Time to answer a predict request.");
}

/// <summary>
/// How many of something are open now, kept as a plain count per tag value and read when scraped. An up-down counter
/// is summed by each listener from when it started listening, so a listener started while some were open (a restarted
/// exporter, a second host in the process) would count their closing below zero; this value is absolute.
/// </summary>
public sealed class OpenCount
{
    private readonly string? tagName;
    private readonly ConcurrentDictionary<string, StrongBox<long>> counts = new();

    public OpenCount(Meter meter, string name, string unit, string description, string? tagName = null)
    {
        this.tagName = tagName;
        meter.CreateObservableUpDownCounter(name, Observe, unit, description);
    }

    public void Add(long delta, string tagValue = "") => Interlocked.Add(ref counts.GetOrAdd(tagValue, static _ => new StrongBox<long>()).Value, delta);

    private IEnumerable<Measurement<long>> Observe() => counts.Select(count => tagName is null
        ? new Measurement<long>(Volatile.Read(ref count.Value.Value))
        : new Measurement<long>(Volatile.Read(ref count.Value.Value), new KeyValuePair<string, object?>(tagName, count.Key)));
}
