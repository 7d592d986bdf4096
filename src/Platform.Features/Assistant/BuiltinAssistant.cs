using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Features.Datasets;

namespace Platform.Features.Assistant;

/// <summary>
/// The assistant that answers with no language model: it routes a message to the tools (what data there is, what a
/// dataset holds, a question about the data, a chart of the last answer, pinning it to a dashboard, training a model to
/// predict a column, searching the documents) and writes what the result says, its figures
/// taken from the rows. A follow-up ("now only for Europe", "top 3 instead", "and per year?") is read together with
/// the question it follows. When it cannot tell, it says so and suggests what it can answer.
/// </summary>
public sealed partial class BuiltinAssistant(TurnDatasets datasets)
{
    public const string EngineName = "builtin";

    public async Task AnswerAsync(Turn turn, CancellationToken ct)
    {
        var message = turn.Message.Trim();
        if (Help().IsMatch(message))
        {
            await turn.SayAsync("I answer questions about your data: ask in plain words and I write the query, run it, and show the table, a chart and what it says. " +
                                "I can also list your datasets, describe one, and redraw an answer as another chart.");
            await SuggestAsync(turn, await datasets.CandidatesAsync(turn, ct));
            return;
        }
        if (ListData().IsMatch(message))
        {
            var listed = await turn.CallAsync("list_datasets", JsonSerializer.SerializeToElement(new { }), ct);
            await turn.SayAsync(listed.Ok ? $"You have {listed.Summary}" : listed.Summary);
            await SuggestAsync(turn, await datasets.CandidatesAsync(turn, ct));
            return;
        }
        if (Describe().Match(message) is { Success: true } describe)
        {
            var candidates = await datasets.CandidatesAsync(turn, ct);
            var named = TurnDatasets.Named(candidates, describe.Groups["what"].Value)
                        ?? (candidates.Count == 1 ? candidates[0] : candidates.FirstOrDefault(d => d.Id == turn.Context?.DatasetId && Pronoun().IsMatch(describe.Groups["what"].Value)));
            if (named is not null)
            {
                var described = await turn.CallAsync("describe_dataset", AssistantTool<DescribeDatasetArguments>.Arguments(new(named.Name)), ct);
                await turn.SayAsync(described.Summary);
                await SuggestAsync(turn, [named]);
                return;
            }
        }
        if (PinRequest().Match(message) is { Success: true } pin)
        {
            var dashboard = pin.Groups["name"].Success ? pin.Groups["name"].Value.Trim() : "Pinned answers";
            var pinned = await turn.CallAsync("pin_to_dashboard", AssistantTool<PinToDashboardArguments>.Arguments(new(dashboard)), ct);
            await turn.SayAsync(pinned.Summary);
            return;
        }
        if (ScheduleRequest().Match(message) is { Success: true } schedule && Schedules.Cron(schedule.Groups["when"].Value) is { } cron)
        {
            var scheduled = await turn.CallAsync("schedule_job", AssistantTool<ScheduleJobArguments>.Arguments(new(cron)), ct);
            await turn.SayAsync(scheduled.Summary);
            return;
        }
        if (TrainRequest().Match(message) is { Success: true } train)
        {
            var trained = await turn.CallAsync("train_model", AssistantTool<TrainModelArguments>.Arguments(
                new(train.Groups["target"].Value.Trim(), train.Groups["data"].Success ? train.Groups["data"].Value.Trim() : null)), ct);
            await turn.SayAsync(trained.Summary);
            return;
        }
        if (SearchRequest().Match(message) is { Success: true } search)
        {
            var found = await turn.CallAsync("search_knowledge", AssistantTool<SearchKnowledgeArguments>.Arguments(new(search.Groups["query"].Value.Trim())), ct);
            await turn.SayAsync(found.Ok && found.RowCount > 0 ? $"From the documents: {found.Summary}" : found.Summary);
            return;
        }
        if (ChartRequest().Match(message) is { Success: true } chart && turn.Context is not null)
        {
            var type = chart.Groups["type"].Value.ToLowerInvariant() switch { "" or "chart" or "graph" or "plot" => null, "column" => "bar", var t => t };
            var drawn = await turn.CallAsync("make_chart", AssistantTool<MakeChartArguments>.Arguments(new(type)), ct);
            await turn.SayAsync(drawn.Ok ? $"Here it is: {Lower(drawn.Summary)}" : drawn.Summary);
            return;
        }
        await AskAsync(turn, message, ct);
    }

    private async Task AskAsync(Turn turn, string message, CancellationToken ct)
    {
        var question = turn.Context is { } context && FollowUps.Read(message, context.Question) is { } combined ? combined : message;
        var asked = await turn.CallAsync("ask_data", AssistantTool<AskDataArguments>.Arguments(new(question)), ct);
        if (asked.Ok)
        {
            await turn.SayAsync(question == message ? asked.Summary : $"Reading that as \"{question}\": {Lower(asked.Summary)}");
            await turn.Frames.WriteAsync("suggestions", new { suggestions = FollowUps.After(turn.Context) });
            return;
        }
        var candidates = await datasets.CandidatesAsync(turn, ct);
        await turn.SayAsync(asked.Summary.Length > 0 ? $"I could not answer that. {asked.Summary}" : "I could not answer that.");
        await SuggestAsync(turn, candidates, (asked.ForModel as Query.QuestionAnswer)?.Suggestions);
    }

    /// <summary>Questions the data at hand can answer: the engine's own, else ones made from the datasets' columns.</summary>
    private static async Task SuggestAsync(Turn turn, IReadOnlyList<Dataset> candidates, IReadOnlyList<string>? fromEngine = null)
    {
        var suggestions = fromEngine is { Count: > 0 } ? fromEngine.Take(4).ToList() : candidates.Take(2).SelectMany(Questions).Take(4).ToList();
        if (suggestions.Count == 0) return;
        await turn.SayAsync("\nYou could ask: " + string.Join("; ", suggestions.Select(s => $"\"{s}\"")) + ".");
        await turn.Frames.WriteAsync("suggestions", new { suggestions });
    }

    /// <summary>
    /// Questions a dataset answers, made from its columns: a count and an average by its category with the fewest values,
    /// a trend over its dates or years. The measure is the number column with the most distinct values (not a year, not an id).
    /// </summary>
    private static IEnumerable<string> Questions(Dataset dataset)
    {
        var category = dataset.Columns.Where(c => ColumnTypes.IsText(c.Type) && c.Profile.DistinctCount > 1).MinBy(c => c.Profile.DistinctCount);
        var measure = dataset.Columns.Where(c => ColumnTypes.IsNumber(c.Type) && !KeyFigures.IsPeriod(c.Name) && !c.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase))
            .MaxBy(c => c.Profile.DistinctCount);
        var period = dataset.Columns.FirstOrDefault(c => ColumnTypes.IsTemporal(c.Type)) is not null ? "year"
            : dataset.Columns.FirstOrDefault(c => KeyFigures.IsPeriod(c.Name))?.Name;
        var name = KeyFigures.Readable(dataset.Name);
        if (category is not null) yield return $"how many rows of {name} by {KeyFigures.Readable(category.Name)}";
        if (category is not null && measure is not null) yield return $"average {KeyFigures.Readable(measure.Name)} by {KeyFigures.Readable(category.Name)}";
        if (period is not null && measure is not null) yield return $"average {KeyFigures.Readable(measure.Name)} by {period}";
        if (category is null && measure is not null) yield return $"highest {KeyFigures.Readable(measure.Name)} in {name}";
    }

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    [GeneratedRegex(@"^\W*(hi|hello|hey|help|what can you do|how do(es)? (this|it|you) work)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Help();

    [GeneratedRegex(@"\b((what|which) (data|datasets?|tables?|files?)\b.*\b(have|got|there|available|can)|(list|show)( me)?( all)?( of)?( my| the)? (data ?sets?|data|tables|files)\W*$|^\W*my (data ?sets?|data)\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ListData();

    [GeneratedRegex(@"^\W*(please\s+)?(describe|summari[sz]e|explain|tell me about|what(?:'s| is) in|what does|which columns? (?:does|do|are in|has)|what columns? (?:does|do|are in|has)|columns? (?:of|in))\s+(?<what>.+?)\W*(contain|hold|have)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Describe();

    [GeneratedRegex(@"^\W*(?:please\s+)?(?:pin|add|save|put)\s+(?:it|that|this|them|the (?:answer|result|chart|table))(?:\s+(?:to|on|onto|in)\s+(?:my\s+|the\s+|a\s+)?(?:new\s+)?(?<name>.+?)(?:\s+dashboard)?)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PinRequest();

    [GeneratedRegex(@"^\W*(?:please\s+)?(?:schedule|run|repeat|refresh)\s+(?:it|that|this|the (?:query|answer|result))\s+(?<when>.+?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ScheduleRequest();

    [GeneratedRegex(@"^\W*(?:please\s+)?(?:can you\s+)?(?:predict|forecast|classify|estimate|train (?:a\s+)?model (?:to predict|that predicts|for|of))\s+(?:the\s+)?(?<target>.+?)(?:\s+(?:from|in|of|using|with|on)\s+(?:the\s+|my\s+)?(?<data>.+?)(?:\s+(?:data(?:set)?|table))?)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrainRequest();

    [GeneratedRegex(@"^\W*(?:(?:search|look up|look|find|check)\s+(?:in\s+|through\s+)?(?:my|the|our)\s+(?:docs|documents|knowledge(?: bases?)?|notes|files)\s+(?:for|about|on)\s+|what do(?:es)? (?:my|the|our) (?:docs|documents|knowledge bases?|notes) say (?:about|on)\s+)(?<query>.+?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SearchRequest();

    [GeneratedRegex(@"\b(it|this|that|them|the data(set)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^\W*(?:(?:now |then |and |ok,? )?(?:show|draw|plot|make|turn|display|chart|render)(?: it| that| this| them| the (?:result|answer|data))?(?: as| into| in)? ?(?:an? )?(?<type>bar|line|pie|scatter|column|area)?\s*(?:chart|graph|plot)?(?: instead)?\W*$|(?<type>bar|line|pie|scatter|column) (?:chart|graph) (?:instead|please)\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ChartRequest();
}
