using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Dashboards;
using Platform.Features.Datasets;
using Platform.Features.Query;

namespace Platform.Features.Assistant;

public sealed class ListDatasetsTool(TurnDatasets datasets) : AssistantTool<NoArguments>
{
    public override string Name => "list_datasets";
    public override string Description => "List the datasets the assistant can work on here: name, rows and columns of each.";

    protected override async Task<ToolOutcome> RunAsync(NoArguments arguments, ToolCall call, CancellationToken ct)
    {
        var candidates = await datasets.CandidatesAsync(call.Turn, ct);
        if (candidates.Count == 0) return new ToolOutcome(true, "There are no ready datasets yet: upload a CSV, Excel, JSON or Parquet file to start.", 0, Array.Empty<object>());
        var listed = candidates.Select(d => new { id = d.Id, name = d.Name, rows = d.RowCount, columns = d.Columns.Select(c => c.Name) }).ToList();
        var summary = $"{candidates.Count} {(candidates.Count == 1 ? "dataset" : "datasets")}: " +
                      string.Join("; ", candidates.Take(20).Select(d => $"{d.Name} ({d.RowCount:N0} rows, {d.Columns.Count} columns)")) +
                      (candidates.Count > 20 ? $"; and {candidates.Count - 20} more." : ".");
        return new ToolOutcome(true, summary, candidates.Count, listed);
    }
}

/// <param name="Dataset">The dataset's name or id.</param>
public sealed record DescribeDatasetArguments([property: Description("The dataset's name or id.")] string Dataset);

public sealed class DescribeDatasetTool(TurnDatasets datasets) : AssistantTool<DescribeDatasetArguments>
{
    public override string Name => "describe_dataset";
    public override string Description => "Describe one dataset: its columns with their types, ranges and most common values.";

    protected override async Task<ToolOutcome> RunAsync(DescribeDatasetArguments arguments, ToolCall call, CancellationToken ct)
    {
        var dataset = await datasets.FindAsync(call.Turn, arguments.Dataset, ct);
        var columns = dataset.Columns.Select(Describe).ToList();
        var summary = $"{dataset.Name} has {dataset.RowCount:N0} rows and {dataset.Columns.Count} columns: {string.Join("; ", columns)}.";
        return new ToolOutcome(true, summary, (int)Math.Min(dataset.RowCount, int.MaxValue), new
        {
            id = dataset.Id, name = dataset.Name, rows = dataset.RowCount,
            columns = dataset.Columns.Select(c => new { name = c.Name, type = c.Type, description = c.Description, min = c.Profile.Min, max = c.Profile.Max, distinct = c.Profile.DistinctCount }),
        });
    }

    private static string Describe(DatasetColumn column)
    {
        var profile = column.Profile;
        if (ColumnTypes.IsText(column.Type))
            return $"{column.Name} (text, {profile.DistinctCount:N0} values" +
                   (profile.TopValues is { Count: > 0 } top ? $", most often {string.Join(", ", top.Take(3).Select(v => v.Value))})" : ")");
        var kind = ColumnTypes.IsNumber(column.Type) ? "number" : ColumnTypes.IsTemporal(column.Type) ? "date" : column.Type.ToLowerInvariant();
        var period = KeyFigures.IsPeriod(column.Name);
        var range = profile.Min is not null && profile.Max is not null && kind is "number" or "date"
            ? $", {(period ? profile.Min : Short(profile.Min))} to {(period ? profile.Max : Short(profile.Max))}" : "";
        var missing = profile.NullCount > 0 ? $", {profile.NullCount:N0} missing" : "";
        return $"{column.Name} ({kind}{range}{missing})";
    }

    private static string Short(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? KeyFigures.Format(number) : value.Length > 10 && value[10] is ' ' or 'T' ? value[..10] : value;
}

/// <param name="Question">The question in plain language.</param>
/// <param name="Dataset">The dataset's name or id; left out, the one the question fits.</param>
public sealed record AskDataArguments(
    [property: Description("The question about the data, in plain language.")] string Question,
    [property: Description("The dataset's name or id; leave out to use the one the question fits.")] string? Dataset = null);

/// <summary>
/// A question answered by the platform's question engine (with the language model when one is configured), its steps
/// streamed as the query frames; the answer is kept as a table and, when its shape suits one, a chart.
/// </summary>
public sealed class AskDataTool(IMediator mediator, TurnDatasets datasets, IOptions<AssistantOptions> options) : AssistantTool<AskDataArguments>
{
    public override string Name => "ask_data";
    public override string Description => "Answer a question about the data: the question becomes SQL, runs, and comes back as a table (and a chart when it suits).";

    protected override async Task<ToolOutcome> RunAsync(AskDataArguments arguments, ToolCall call, CancellationToken ct)
    {
        var target = await datasets.TargetAsync(call.Turn, arguments.Dataset, arguments.Question, ct);
        QuestionAnswer? answer = null;
        await foreach (var frame in mediator.CreateStream(new StreamQuestion(new AskQuestion(arguments.Question, target.DatasetId, target.RoomId)), ct))
        {
            await call.WriteAsync(frame.Event, frame.Data);
            if (frame.Data is QuestionAnswer result) answer = result;
        }
        if (answer is not { Understood: true, Sql: { } sql })
            return new ToolOutcome(false, $"The question was not understood over {target.Name}. {answer?.Explanation}".Trim(), null, answer);
        var drawn = answer.Chart is { Type: not "table" } chart && answer.RowCount > 0 ? new Visualization(chart.Type, chart.X, chart.Y, chart.Series) : null;
        call.Turn.Context = new AnswerContext(arguments.Question, target.DatasetId, target.RoomId, sql, answer.Columns.Select(c => c.Name).ToList(), drawn);
        await Artifacts.TableAsync(call, arguments.Question, answer.Columns, answer.Rows, options.Value.RowsKept);
        if (drawn is not null) await Artifacts.ChartAsync(call, arguments.Question, drawn, answer.Columns, answer.Rows);
        var summary = KeyFigures.Describe(answer.Columns, answer.Rows, answer.RowCount, answer.Truncated);
        return new ToolOutcome(true, summary, answer.RowCount, ToolResults.ForModel(sql, answer.Columns, answer.Rows, answer.RowCount, options.Value.RowsForModel));
    }
}

/// <param name="Sql">One read-only query (DuckDB SQL) naming datasets by their table names.</param>
public sealed record RunSqlArguments(
    [property: Description("One read-only DuckDB SQL query naming datasets by their table names.")] string Sql,
    [property: Description("The dataset's name or id; leave out in a room to query all its datasets.")] string? Dataset = null);

public sealed class RunSqlTool(IMediator mediator, TurnDatasets datasets, IOptions<AssistantOptions> options) : AssistantTool<RunSqlArguments>
{
    public override string Name => "run_sql";
    public override string Description => "Run one read-only SQL query (DuckDB dialect) over a dataset, or over a room's datasets; the result comes back as a table.";

    protected override async Task<ToolOutcome> RunAsync(RunSqlArguments arguments, ToolCall call, CancellationToken ct)
    {
        var target = await datasets.TargetAsync(call.Turn, arguments.Dataset, arguments.Sql, ct);
        await call.WriteAsync("sql", new { sql = arguments.Sql, engine = "tool", attempt = 1 });
        await call.WriteAsync("execution", new { status = "running" });
        var result = await mediator.Send(new RunSql(arguments.Sql, target.DatasetId, target.RoomId), ct);
        await call.WriteAsync("result", result);
        call.Turn.Context = new AnswerContext(arguments.Sql, target.DatasetId, target.RoomId, arguments.Sql, result.Columns.Select(c => c.Name).ToList(), null);
        await Artifacts.TableAsync(call, "Query result", result.Columns, result.Rows, options.Value.RowsKept);
        return new ToolOutcome(true, KeyFigures.Describe(result.Columns, result.Rows, result.RowCount, result.Truncated), result.RowCount,
            ToolResults.ForModel(arguments.Sql, result.Columns, result.Rows, result.RowCount, options.Value.RowsForModel));
    }
}

/// <param name="Type">bar, line, pie, scatter or number; left out, the one that suits the result.</param>
public sealed record MakeChartArguments(
    [property: Description("bar, line, pie, scatter or number; leave out for the one that suits the result.")] string? Type = null,
    [property: Description("The column along the x axis.")] string? X = null,
    [property: Description("The column measured on the y axis.")] string? Y = null);

/// <summary>A Vega-Lite chart of the conversation's last data answer (its query runs again; the cache usually has it).</summary>
public sealed class MakeChartTool(IMediator mediator) : AssistantTool<MakeChartArguments>
{
    public override string Name => "make_chart";
    public override string Description => "Draw the last result as a Vega-Lite chart: bar, line, pie, scatter or a single number.";

    protected override async Task<ToolOutcome> RunAsync(MakeChartArguments arguments, ToolCall call, CancellationToken ct)
    {
        if (call.Turn.Context is not { Sql: { } sql } context) return new ToolOutcome(false, "There is no result to chart yet: ask a question about the data first.");
        var result = await mediator.Send(new RunSql(sql, context.DatasetId, context.RoomId), ct);
        var inferred = Visualizations.Infer(result.Columns, result.RowCount);
        var type = arguments.Type?.Trim().ToLowerInvariant() ?? inferred.Type;
        if (type is not ("bar" or "line" or "pie" or "scatter" or "number"))
            return new ToolOutcome(false, $"'{arguments.Type}' is not a chart this tool draws: bar, line, pie, scatter or number.");
        var x = Column(result.Columns, arguments.X) ?? inferred.X ?? result.Columns.FirstOrDefault(c => !ColumnTypes.IsNumber(c.Type))?.Name ?? result.Columns[0].Name;
        var y = Column(result.Columns, arguments.Y) ?? inferred.Y ?? result.Columns.LastOrDefault(c => ColumnTypes.IsNumber(c.Type))?.Name;
        var visualization = new Visualization(type, type == "number" ? null : x, y, type is "line" or "bar" ? inferred.Series : null);
        Visualizations.Check(visualization, result.Columns);
        await Artifacts.ChartAsync(call, context.Question, visualization, result.Columns, result.Rows);
        call.Turn.Context = context with { Chart = visualization };
        return new ToolOutcome(true, type == "number" ? $"A single number: {y}." : $"A {type} chart of {y} by {x}.", result.RowCount);
    }

    private static string? Column(IReadOnlyList<QueryColumn> columns, string? name) =>
        name is null ? null : columns.FirstOrDefault(c => c.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))?.Name
                               ?? throw new Common.ProblemException(StatusCodes.Status400BadRequest, "No such column", $"The result has no column '{name}': it has {string.Join(", ", columns.Select(c => c.Name))}.");
}

/// <summary>The artifacts a data tool leaves: kept with the answer and announced with an <c>artifact</c> frame.</summary>
public static class Artifacts
{
    public static async Task TableAsync(ToolCall call, string title, IReadOnlyList<QueryColumn> columns, IReadOnlyList<object?[]> rows, int rowsKept)
    {
        var table = JsonSerializer.SerializeToElement(new { columns, rows = rows.Take(rowsKept), truncated = rows.Count > rowsKept });
        await KeepAsync(call, new TurnArtifact("table", title, table, call.CallId));
    }

    public static async Task ChartAsync(ToolCall call, string title, Visualization visualization, IReadOnlyList<QueryColumn> columns, IReadOnlyList<object?[]> rows)
    {
        var spec = JsonSerializer.SerializeToElement(VegaLite.Spec(title, visualization, columns, rows));
        await KeepAsync(call, new TurnArtifact("chart", title, spec, call.CallId));
    }

    private static async Task KeepAsync(ToolCall call, TurnArtifact artifact)
    {
        call.Turn.Keep(artifact);
        await call.WriteAsync("artifact", new { kind = artifact.Kind, title = artifact.Title, content = artifact.Content });
    }
}

/// <summary>What a language model is shown of a result: the query, the columns, a sample of rows and the count; never the whole table.</summary>
public static class ToolResults
{
    public static object ForModel(string sql, IReadOnlyList<QueryColumn> columns, IReadOnlyList<object?[]> rows, int rowCount, int sample) =>
        new { sql, columns = columns.Select(c => c.Name), rows = rows.Take(sample), rowCount, sampled = rowCount > sample };
}
