using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Platform.Tests.Query;

namespace Platform.Tests.Dashboards;

/// <summary>
/// The Vega-Lite specs the API returns render in a real browser: one of each chart type, embedded with
/// vega-embed (vega, vega-lite and vega-embed from npm, served over loopback) in headless Chromium.
/// </summary>
public sealed class VegaRenderingTests(SampleDatasets samples) : IClassFixture<SampleDatasets>
{
    private static readonly string Modules = Path.Combine(TestPostgres.RepositoryRoot, "build", "node_modules");

    private static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "chromium";

    [Fact]
    public async Task One_spec_of_each_chart_type_renders_a_non_empty_svg_with_its_marks()
    {
        (string Type, string Dataset, string Sql, string Mark)[] charts =
        [
            ("number", "stocks", "select round(avg(price), 2) as avg_price from {t}", "mark-text"),
            ("bar", "stocks", "select symbol, avg(price) as avg_price from {t} group by symbol", "mark-rect"),
            ("line", "stocks", "select date, price, symbol from {t} where symbol in ('AAPL', 'IBM')", "mark-line"),
            ("pie", "iowa-electricity", "select source, round(100.0 * sum(net_generation) / sum(sum(net_generation)) over (), 2) as share_pct from {t} group by source", "mark-arc"),
            ("scatter", "gapminder", "select life_expect, fertility from {t} where year = 2005", "mark-symbol"),
            ("table", "airports", "select iata, name, city from {t} order by iata limit 5", "mark-text"),
        ];
        var dashboard = (await (await samples.Owner.Client.PostAsJsonAsync("/api/dashboards", new { name = "Rendered" })).JsonAsync(HttpStatusCode.Created)).Id();
        var specs = new List<string>();
        foreach (var chart in charts)
        {
            var (id, table) = samples.Datasets[chart.Dataset];
            var panel = await (await samples.Owner.Client.PostAsJsonAsync($"/api/dashboards/{dashboard}/panels", new { title = chart.Type, datasetId = id, sql = chart.Sql.Replace("{t}", table) }))
                .JsonAsync(HttpStatusCode.Created);
            Assert.Equal(chart.Type, panel.GetProperty("visualization").GetProperty("type").GetString());
            var data = await (await samples.Owner.Client.GetAsync($"/api/dashboards/{dashboard}/panels/{panel.Id()}/data")).JsonAsync();
            specs.Add(data.GetProperty("vegaLite").GetRawText());
        }

        await using var page = await ChartPage.StartAsync(specs);
        var dom = await RenderAsync(page.Url);

        for (var i = 0; i < charts.Length; i++)
        {
            var start = dom.IndexOf($"id=\"chart{i}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, $"chart {charts[i].Type} has no container in:\n{dom[..Math.Min(dom.Length, 2000)]}");
            var end = dom.IndexOf("</svg>", start, StringComparison.Ordinal);
            Assert.True(end > start, $"chart {charts[i].Type} rendered no SVG; page said: {Errors(dom)}");
            var svg = dom[start..end];
            Assert.Contains("<svg", svg);
            Assert.Contains($"class=\"mark-", svg);
            Assert.Contains(charts[i].Mark, svg);
            // Drawn at a visible size in an element nobody styled.
            var width = double.Parse(System.Text.RegularExpressions.Regex.Match(svg, "<svg[^>]*\\swidth=\"([0-9.]+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(width >= 200, $"chart {charts[i].Type} is {width} px wide");
        }
        Assert.DoesNotContain("data-error=\"", dom);
    }

    private static string Errors(string dom) => string.Join(" | ", dom.Split("data-error=\"").Skip(1).Select(e => e[..e.IndexOf('"')]));

    private static async Task<string> RenderAsync(string url)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-").FullName;
        var info = new ProcessStartInfo(Chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", $"--user-data-dir={profile}",
            "--virtual-time-budget=15000", "--dump-dom", url,
        ]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        Directory.Delete(profile, recursive: true);
        return await output;
    }

    /// <summary>A page on loopback that embeds each spec with vega-embed, serving the npm builds beside it.</summary>
    private sealed class ChartPage(WebApplication app) : IAsyncDisposable
    {
        public string Url => app.Urls.First() + "/";

        public static async Task<ChartPage> StartAsync(IReadOnlyList<string> specs)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            foreach (var (name, path) in new[] { ("vega", "vega/build/vega.min.js"), ("vega-lite", "vega-lite/build/vega-lite.min.js"), ("vega-embed", "vega-embed/build/vega-embed.min.js") })
                app.MapGet($"/{name}.js", () => Results.File(Path.Combine(Modules, path), "text/javascript"));
            app.MapGet("/", () => Results.Content(Html(specs), "text/html"));
            await app.StartAsync();
            return new ChartPage(app);
        }

        private static string Html(IReadOnlyList<string> specs)
        {
            var html = new StringBuilder("<!doctype html><html><head><script src=\"/vega.js\"></script><script src=\"/vega-lite.js\"></script><script src=\"/vega-embed.js\"></script></head><body>");
            for (var i = 0; i < specs.Count; i++) html.Append($"<div id=\"chart{i}\"></div>");
            html.Append("<script>const specs = [").Append(string.Join(",", specs)).Append("];");
            html.Append("specs.forEach((spec, i) => vegaEmbed('#chart' + i, spec, { renderer: 'svg', actions: false })")
                .Append(".catch(e => document.getElementById('chart' + i).setAttribute('data-error', String(e))));</script></body></html>");
            return html.ToString();
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
