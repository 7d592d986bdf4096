using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Platform.Features.Dashboards;
using Platform.Features.Datasets;
using Platform.Features.Knowledge;
using Platform.Features.Models;

namespace Platform.Features.Assistant;

/// <param name="Dashboard">The dashboard's name or id; one of that name is made when I have none.</param>
public sealed record PinToDashboardArguments(
    [property: Description("The dashboard's name or id; a dashboard of that name is created when there is none.")] string Dashboard,
    [property: Description("The panel's title; the question when left out.")] string? Title = null);

/// <summary>Pins the conversation's last data answer to a dashboard as a panel (the dashboards' own rules: the query runs once, the chart kept).</summary>
public sealed class PinToDashboardTool(IMediator mediator) : AssistantTool<PinToDashboardArguments>
{
    public override string Name => "pin_to_dashboard";
    public override string Description => "Pin the last data answer to a dashboard as a panel with its chart; the dashboard is created if it does not exist.";

    protected override async Task<ToolOutcome> RunAsync(PinToDashboardArguments arguments, ToolCall call, CancellationToken ct)
    {
        if (call.Turn.Context is not { Sql: { } sql } context) return new ToolOutcome(false, "There is no answer to pin yet: ask a question about the data first.");
        var named = arguments.Dashboard.Trim();
        var dashboard = await FindAsync(named, ct);
        var created = dashboard is null;
        dashboard ??= await mediator.Send(new CreateDashboard(named), ct);
        var panel = await mediator.Send(new AddPanel(dashboard.Id, new AddPanelRequest(arguments.Title?.Trim() is { Length: > 0 } title ? title : context.Question,
            context.DatasetId, context.RoomId, Sql: sql, Visualization: context.Chart)), ct);
        await call.WriteAsync("artifact", new { kind = "panel", title = panel.Title, content = new { dashboardId = dashboard.Id, dashboardName = dashboard.Name, panelId = panel.Id, visualization = panel.Visualization } });
        call.Turn.Keep(new TurnArtifact("panel", panel.Title, JsonSerializer.SerializeToElement(new { dashboardId = dashboard.Id, panelId = panel.Id }, Json), call.CallId));
        return new ToolOutcome(true, $"Pinned \"{panel.Title}\" as a {panel.Visualization.Type} panel to {(created ? "the new" : "the")} dashboard {dashboard.Name}.", null,
            new { dashboardId = dashboard.Id, panelId = panel.Id });
    }

    private async Task<DashboardResponse?> FindAsync(string nameOrId, CancellationToken ct)
    {
        if (Guid.TryParse(nameOrId, out var id)) return await mediator.Send(new GetDashboard(id), ct);
        var mine = await mediator.Send(new ListDashboards(null, 0, Common.Paging.MaxLimit), ct);
        return mine.Items.FirstOrDefault(d => d.Name.Equals(nameOrId, StringComparison.OrdinalIgnoreCase))
               ?? mine.Items.FirstOrDefault(d => d.Name.Equals($"{nameOrId} dashboard", StringComparison.OrdinalIgnoreCase));
    }
}

/// <param name="Target">The column to predict.</param>
public sealed record TrainModelArguments(
    [property: Description("The column to predict, by name.")] string Target,
    [property: Description("The dataset's name or id; left out, the one that has the column.")] string? Dataset = null);

/// <summary>Trains a model to predict a column (the models' own training: split, algorithm, evaluation), waiting a while for it to finish.</summary>
public sealed class TrainModelTool(IMediator mediator, TurnDatasets datasets, IDocumentStore store, IOptions<AssistantOptions> options, TimeProvider clock) : AssistantTool<TrainModelArguments>
{
    public override string Name => "train_model";
    public override string Description => "Train a model that predicts one column of a dataset from its other columns, and report how well it predicts.";

    protected override async Task<ToolOutcome> RunAsync(TrainModelArguments arguments, ToolCall call, CancellationToken ct)
    {
        var (dataset, target) = await ResolveAsync(call.Turn, arguments, ct);
        var started = await mediator.Send(new TrainModel(dataset.Id, target), ct);
        await call.WriteAsync("status", new { modelId = started.Id, status = "training" });
        var model = await WaitAsync(started.Id, ct);
        var content = new { id = model.Id, status = model.Status, task = model.Task, algorithm = model.Algorithm, target = model.Target, datasetId = model.DatasetId, metrics = model.Metrics };
        await call.WriteAsync("artifact", new { kind = "model", title = $"Predict {target}", content });
        call.Turn.Keep(new TurnArtifact("model", $"Predict {target}", JsonSerializer.SerializeToElement(content, Json), call.CallId));
        return model.Status switch
        {
            ModelStatus.Ready => new ToolOutcome(true, $"Trained a {TaskName(model.Task)} model of {target} on {dataset.Name} ({model.TrainRowCount:N0} rows to learn from, " +
                                                       $"{model.TestRowCount:N0} held out): {Metrics(model.Metrics)}.", null, content),
            ModelStatus.Failed => new ToolOutcome(false, $"Training failed: {model.Error}"),
            _ => new ToolOutcome(true, $"The model of {target} is still training; it will be at /api/models/{model.Id}.", null, content),
        };
    }

    private async Task<(Dataset Dataset, string Target)> ResolveAsync(Turn turn, TrainModelArguments arguments, CancellationToken ct)
    {
        var wanted = TurnDatasets.Words(arguments.Target);
        string? Column(Dataset d) => d.Columns.FirstOrDefault(c => c.Name.Equals(arguments.Target.Trim(), StringComparison.OrdinalIgnoreCase))?.Name
                                     ?? d.Columns.FirstOrDefault(c => wanted.Count > 0 && TurnDatasets.Words(c.Name).SetEquals(wanted))?.Name;
        if (!string.IsNullOrWhiteSpace(arguments.Dataset))
        {
            var named = await datasets.FindAsync(turn, arguments.Dataset, ct);
            return (named, Column(named) ?? throw NoColumn(named, arguments.Target));
        }
        var having = (await datasets.CandidatesAsync(turn, ct)).Where(d => Column(d) is not null).ToList();
        return having.Count == 1 ? (having[0], Column(having[0])!) : throw new Common.ProblemException(StatusCodes.Status400BadRequest, "Which dataset?",
            having.Count == 0 ? $"No dataset has a column '{arguments.Target}'." : $"More than one dataset has '{arguments.Target}': {string.Join(", ", having.Select(d => d.Name))}.");
    }

    private static Common.ProblemException NoColumn(Dataset dataset, string target) =>
        new(StatusCodes.Status400BadRequest, "No such column", $"{dataset.Name} has no column '{target}': it has {string.Join(", ", dataset.Columns.Select(c => c.Name))}.");

    /// <summary>The model once it is ready or failed, or as it stands when the wait runs out.</summary>
    private async Task<TrainedModel> WaitAsync(Guid modelId, CancellationToken ct)
    {
        var until = clock.GetUtcNow() + options.Value.TrainingWait;
        while (true)
        {
            await using var session = store.QuerySession();
            var model = await session.LoadAsync<TrainedModel>(modelId, ct) ?? throw new InvalidOperationException("The model being trained is gone.");
            if (model.Status is ModelStatus.Ready or ModelStatus.Failed || clock.GetUtcNow() >= until) return model;
            await Task.Delay(TimeSpan.FromMilliseconds(250), clock, ct);
        }
    }

    private static string TaskName(ModelTask task) => task switch
    {
        ModelTask.Regression => "regression",
        ModelTask.Binary => "two-class",
        _ => "classification",
    };

    private static string Metrics(IReadOnlyDictionary<string, double> metrics) =>
        string.Join(", ", metrics.Take(4).Select(m => $"{m.Key} {m.Value.ToString("0.###", CultureInfo.InvariantCulture)}"));
}

/// <param name="Rows">Input rows: column name to value; columns left out are missing values.</param>
public sealed record PredictArguments(
    [property: Description("Rows to predict for, each an object of input column to value (up to 100); columns left out count as missing.")] IReadOnlyList<Dictionary<string, JsonElement>> Rows,
    [property: Description("The trained model's id; left out, the model trained last in this conversation.")] string? Model = null);

/// <summary>Predictions of a trained model the person can read, for rows given as JSON (the same checks as a deployment's).</summary>
public sealed class PredictTool(IQuerySession session, Common.CurrentUser caller, ModelFiles files) : AssistantTool<PredictArguments>
{
    public const int MostRows = 100;

    public override string Name => "predict";
    public override string Description => "Predict with a trained model: give rows of input values, get the predicted value or class (with its probability) for each.";

    protected override async Task<ToolOutcome> RunAsync(PredictArguments arguments, ToolCall call, CancellationToken ct)
    {
        var id = arguments.Model is { } named ? Guid.TryParse(named, out var parsed) ? parsed : throw ModelAccess.NotFound() : LastTrained(call.Turn);
        if (id is not { } modelId) return new ToolOutcome(false, "There is no model to predict with: train one first (train_model) or name its id.");
        if (arguments.Rows is not { Count: > 0 and <= MostRows } rows) return new ToolOutcome(false, $"Give 1 to {MostRows} rows.");
        var model = (await session.RequireReadableModelAsync(modelId, caller, ct)).RequireReady();
        var (inputs, problem) = PredictionInput.FromJson(model, rows);
        if (problem is not null) return new ToolOutcome(false, problem);
        var predictions = files.Predict(model, inputs!);
        var said = predictions.Take(5).Select((p, i) => $"row {i + 1}: {(p.Label is { } label ? $"{label} ({p.Score:0.##})" : KeyFigures.Format(p.Value))}");
        return new ToolOutcome(true, $"Predicted {model.Target} with the {model.Algorithm} model: {string.Join("; ", said)}{(predictions.Count > 5 ? "; …" : "")}.",
            predictions.Count, new { modelId = model.Id, target = model.Target, predictions });
    }

    /// <summary>The model the turn or the branch before it trained last.</summary>
    private static Guid? LastTrained(Turn turn) =>
        turn.History.SelectMany(m => m.Artifacts).Concat(turn.Answer.Artifacts).LastOrDefault(a => a.Kind == "model") is { } artifact
        && artifact.Content.TryGetProperty("id", out var id) ? id.GetGuid() : null;
}

/// <param name="Cron">Five fields: minute hour day-of-month month day-of-week.</param>
public sealed record ScheduleJobArguments(
    [property: Description("When to run, as a cron expression of five fields (minute hour day month weekday), e.g. \"0 8 * * *\" for every day at 08:00.")] string Cron,
    [property: Description("The job template to run (see the jobs' templates); left out, query.run with the last data answer's query.")] string? Template = null,
    [property: Description("The template's inputs; left out for query.run, the last answer's dataset and SQL.")] JsonElement? Inputs = null,
    [property: Description("The schedule's name.")] string? Name = null,
    [property: Description("The IANA time zone the cron is read in; UTC when left out.")] string? Timezone = null);

/// <summary>Schedules a job (the jobs' own schedules): by default the conversation's last data answer, run again on the schedule.</summary>
public sealed class ScheduleJobTool(IMediator mediator) : AssistantTool<ScheduleJobArguments>
{
    private const string QueryTemplate = "query.run";

    public override string Name => "schedule_job";
    public override string Description => "Schedule a job on a cron expression: by default the last data answer's query, run again and kept as the job's result each time.";

    protected override async Task<ToolOutcome> RunAsync(ScheduleJobArguments arguments, ToolCall call, CancellationToken ct)
    {
        var template = arguments.Template?.Trim() is { Length: > 0 } named ? named : QueryTemplate;
        var inputs = arguments.Inputs;
        string? name = arguments.Name;
        if (inputs is null && template == QueryTemplate)
        {
            if (call.Turn.Context is not { Sql: { } sql } context) return new ToolOutcome(false, "There is no query to schedule yet: ask a question about the data first.");
            inputs = JsonSerializer.SerializeToElement(context.DatasetId is { } dataset ? new { datasetId = dataset, sql } : (object)new { roomId = context.RoomId, sql }, Json);
            name ??= context.Question;
        }
        var schedule = await mediator.Send(new Jobs.CreateSchedule(ConversationTitles.Within(name ?? template, 200), template, arguments.Cron.Trim(), inputs,
            arguments.Timezone?.Trim() is { Length: > 0 } zone ? zone : "UTC"), ct);
        return new ToolOutcome(true, $"Scheduled \"{schedule.Name}\" ({schedule.TemplateId}) on \"{schedule.Cron}\" {schedule.Timezone}" +
                                     (schedule.NextRunAt is { } next ? $"; it first runs at {next:yyyy-MM-dd HH:mm} UTC." : "."), null,
            new { scheduleId = schedule.Id, schedule.Cron, schedule.NextRunAt });
    }
}

/// <param name="Query">What to look for, in plain words.</param>
public sealed record SearchKnowledgeArguments(
    [property: Description("What to look for in the documents, in plain words.")] string Query,
    [property: Description("Passages to return, 1 to 10.")] int? TopK = null);

/// <summary>
/// Searches the knowledge bases at hand (a room conversation's linked ones, else every one the person can read) and
/// cites the passages found: each a <c>citation</c> frame with the same fields as the knowledge search's hits.
/// </summary>
public sealed class SearchKnowledgeTool(IMediator mediator, IQuerySession session) : AssistantTool<SearchKnowledgeArguments>
{
    private const int MostBases = 20;

    public override string Name => "search_knowledge";
    public override string Description => "Search the documents of the knowledge bases at hand and cite the passages that answer the query.";

    protected override async Task<ToolOutcome> RunAsync(SearchKnowledgeArguments arguments, ToolCall call, CancellationToken ct)
    {
        var topK = Math.Clamp(arguments.TopK ?? 5, 1, 10);
        IReadOnlyList<Guid> bases = call.Turn.Conversation.RoomId is { } room
            ? await session.Query<KnowledgeBase>().Where(k => k.RoomIds.Contains(room)).Select(k => k.Id).Take(MostBases).ToListAsync(ct)
            : (await mediator.Send(new ListKnowledgeBases(null, null, 0, MostBases), ct)).Items.Select(k => k.Id).ToList();
        if (bases.Count == 0) return new ToolOutcome(false, "There are no knowledge bases to search here: add documents to one first.");
        var hits = new List<KnowledgeHit>();
        foreach (var id in bases)
            hits.AddRange((await mediator.Send(new SearchKnowledge(id, new SearchKnowledgeRequest(arguments.Query, topK)), ct)).Hits);
        var cited = hits.OrderByDescending(h => h.Score).Take(topK).ToList();
        for (var i = 0; i < cited.Count; i++)
        {
            var citation = JsonSerializer.SerializeToNode(cited[i], Json)!.AsObject();
            citation["index"] = i + 1;
            await call.WriteAsync("citation", citation);
        }
        if (cited.Count > 0) call.Turn.Keep(new TurnArtifact("citations", arguments.Query, JsonSerializer.SerializeToElement(cited, Json), call.CallId));
        if (cited.Count == 0) return new ToolOutcome(true, $"Nothing in the documents matches \"{arguments.Query}\".", 0, Array.Empty<object>());
        var summary = string.Join(" ", cited.Take(3).Select((h, i) => $"[{i + 1}] {h.DocumentName}{(h.Page is { } page ? $", page {page}" : "")}: \"{Excerpt(h.Text)}\""));
        return new ToolOutcome(true, summary, cited.Count, cited.Select((h, i) => new { index = i + 1, document = h.DocumentName, page = h.Page, text = h.Text }));
    }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= 280) return flat;
        var cut = flat.LastIndexOf(' ', 279);
        return flat[..(cut > 200 ? cut : 279)] + "…";
    }
}
