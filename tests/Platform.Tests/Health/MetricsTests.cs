using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Platform.Features.Common;
using Platform.Tests.Datasets;

namespace Platform.Tests.Health;

/// <summary>/metrics in Prometheus text format: the platform's instruments and the standard ones, labels without ids, optional Basic auth.</summary>
public sealed partial class MetricsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex AnId();

    [Fact]
    public async Task Metrics_show_queries_ingests_and_requests_by_route_template_never_by_id()
    {
        var person = await Person.RegisterAsync(factory);
        var dataset = await (await person.Client.UploadAsync("metrics.csv", "city,rain\nOslo,10\nBergen,30\n")).JsonAsync(HttpStatusCode.Created);
        var table = dataset.GetProperty("tableName").GetString();
        await (await person.Client.PostAsJsonAsync("/api/query/sql", new { datasetId = dataset.Id(), sql = $"select sum(rain) from {table}" })).EnsureStatus(HttpStatusCode.OK);
        await (await person.Client.PostAsJsonAsync("/api/query/nl", new { datasetId = dataset.Id(), question = "total rain" })).EnsureStatus(HttpStatusCode.OK);
        await (await person.Client.GetAsync($"/api/datasets/{dataset.Id()}")).EnsureStatus(HttpStatusCode.OK);
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync("/metrics");

        await response.EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Matches(@"platform_queries_total\{[^}]*outcome=""ok""[^}]*\} [1-9]", text);
        Assert.Matches(@"platform_query_duration_seconds_bucket\{[^}]*le=""0.005""", text);
        Assert.Matches(@"platform_questions_total\{[^}]*engine=""builtin""", text);
        Assert.Matches(@"platform_ingest_bytes_total\{[^}]*outcome=""ready""[^}]*\} [1-9]", text);
        Assert.Matches(@"http_server_request_duration_seconds_count\{[^}]*http_route=""/api/datasets/\{datasetId:guid\}""", text);
        Assert.Contains("dotnet_gc_collections_total", text);
        Assert.Contains("db_client_operation_duration_seconds", text);
        Assert.DoesNotMatch(AnId(), text);
    }

    [Fact]
    public async Task An_open_stream_counts_as_a_subscriber_of_its_route()
    {
        var person = await Person.RegisterAsync(factory);
        var room = await person.CreateRoomAsync();
        using var events = await person.Client.GetAsync($"/api/rooms/{room}/events", HttpCompletionOption.ResponseHeadersRead);
        await events.EnsureStatus(HttpStatusCode.OK);
        using var anonymous = factory.CreateClient();

        var text = await anonymous.GetStringAsync("/metrics");

        Assert.Matches(@"platform_sse_subscribers\{[^}]*route=""/api/rooms/\{roomId:guid\}/events""[^}]*\} [1-9]", text);
    }

    [Fact]
    public void An_open_count_reads_what_is_open_now_even_to_a_listener_started_after_some_opened()
    {
        using var meter = new Meter("Platform.Tests.OpenCount");
        var streams = new OpenCount(meter, "streams", "{stream}", "Open test streams.", tagName: "route");
        streams.Add(1, "/a");
        streams.Add(1, "/a");
        streams.Add(1, "/b");
        var read = new Dictionary<string, long>();
        using var listener = new MeterListener { InstrumentPublished = (instrument, l) => { if (instrument.Meter == meter) l.EnableMeasurementEvents(instrument); } };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => read[(string)tags[0].Value!] = value);
        listener.Start();
        streams.Add(-1, "/a");

        listener.RecordObservableInstruments();

        Assert.Equal(1, read["/a"]);
        Assert.Equal(1, read["/b"]);
    }

    [Fact]
    public async Task With_basic_auth_configured_only_its_credentials_scrape()
    {
        await using var guarded = await new PlatformFactory().With("Platform:Metrics:BasicAuth", "prometheus:scrape-secret").StartAsync();
        using var client = guarded.CreateClient();

        var none = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.StartsWith("Basic", none.Headers.WwwAuthenticate.Single().Scheme);
        foreach (var wrong in new[] { "prometheus:guess", "prometheus", "not base64 at all" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", wrong.Contains(' ') ? wrong : Convert.ToBase64String(Encoding.UTF8.GetBytes(wrong)));
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
        }
        using var right = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        right.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("prometheus:scrape-secret")));
        var scraped = await client.SendAsync(right);
        await scraped.EnsureStatus(HttpStatusCode.OK);
        Assert.Contains("# TYPE", await scraped.Content.ReadAsStringAsync());
    }
}
