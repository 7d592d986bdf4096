using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Datasets;

namespace Platform.Tests.Jobs;

/// <summary>
/// A service of its own (its first user is the administrator) with a folder of workflow templates, a stocks
/// dataset of its owner, and a dispatcher that polls and heartbeats quickly.
/// </summary>
public sealed class JobsHost : IAsyncLifetime
{
    public string Templates { get; } = Path.Combine(Path.GetTempPath(), "platform-tests", "templates-" + Guid.NewGuid().ToString("N"));
    public PlatformFactory Factory { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public Person Owner { get; private set; } = null!;
    public Person Other { get; private set; } = null!;
    public Guid Stocks { get; private set; }
    public string StocksTable { get; private set; } = "";

    public const string Digest = """
        name: Digest
        description: Size, then the top rows after approval.
        inputs:
          type: object
          properties:
            datasetId: { type: string, format: uuid }
            table: { type: string }
          required: [datasetId, table]
        steps:
          - id: size
            kind: query.run
            inputs: { datasetId: "{{ inputs.datasetId }}", sql: "select count(*) as n from {{ inputs.table }}" }
          - id: pause
            kind: wait
            needs: size
            inputs: { seconds: 0 }
          - id: top
            kind: query.run
            needs: [pause]
            approval: true
            inputs: { datasetId: "{{ inputs.datasetId }}", sql: "select symbol, max(price) as top from {{ inputs.table }} group by 1 order by 2 desc", rows: 2 }
        """;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Templates);
        await File.WriteAllTextAsync(Path.Combine(Templates, "digest.job_workflow.yaml"), Digest);
        await File.WriteAllTextAsync(Path.Combine(Templates, "broken.job_workflow.yaml"), """
            name: Broken
            steps:
              - id: first
                kind: query.explode
                needs: [second]
              - id: second
                kind: wait
                needs: [first]
                inputs: { seconds: "{{ inputs.missing }}" }
            """);
        await File.WriteAllTextAsync(Path.Combine(Templates, "not-yaml.job_workflow.yaml"), "name: [unclosed\nsteps: {");
        await File.WriteAllTextAsync(Path.Combine(Templates, "ignored.yaml"), "name: not a workflow file name");

        Factory = await new PlatformFactory()
            .With("Platform:Jobs:TemplatesDirectory", Templates)
            .With("Platform:Jobs:PollIntervalMs", "100")
            .With("Platform:Jobs:HeartbeatMs", "200")
            .With("Platform:Jobs:WorkerTimeoutMs", "1500")
            .StartAsync();
        Admin = Factory.CreateClient((await Factory.AdminAsync()).AccessToken);
        Owner = await Person.RegisterAsync(Factory);
        Other = await Person.RegisterAsync(Factory);
        var stocks = await (await Owner.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created);
        Stocks = stocks.Id();
        StocksTable = stocks.GetProperty("tableName").GetString()!;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (Directory.Exists(Templates)) Directory.Delete(Templates, recursive: true);
    }
}

public static class JobCalls
{
    public static async Task<JsonElement> CreateJobAsync(this HttpClient client, string templateId, object inputs, DateTimeOffset? scheduledAt = null) =>
        await (await client.PostAsJsonAsync("/api/jobs", new { templateId, inputs, scheduledAt })).JsonAsync(HttpStatusCode.Created);

    /// <summary>The job once its status is one of these; fails after 30 s.</summary>
    public static Task<JsonElement> WaitForJobAsync(this HttpClient client, Guid jobId, params string[] statuses) =>
        client.WaitForJobAsync(jobId, TimeSpan.FromSeconds(30), statuses);

    public static async Task<JsonElement> WaitForJobAsync(this HttpClient client, Guid jobId, TimeSpan within, params string[] statuses)
    {
        var job = await Eventually.Until(async () => await (await client.GetAsync($"/api/jobs/{jobId}")).JsonAsync(),
            j => statuses.Contains(j.GetProperty("status").GetString()), within, TimeSpan.FromMilliseconds(50));
        return statuses.Contains(job.GetProperty("status").GetString()) ? job : throw new TimeoutException($"Job {jobId} is still {job.GetProperty("status")}: {job}");
    }
}
