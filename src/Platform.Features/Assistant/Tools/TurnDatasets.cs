using System.Text.RegularExpressions;
using Marten;
using Platform.Features.Common;
using Platform.Features.Datasets;
using Platform.Features.Organizations;

namespace Platform.Features.Assistant;

/// <summary>Where a question is asked: one dataset, or a room's datasets together.</summary>
public sealed record DataTarget(Guid? DatasetId, Guid? RoomId, string Name);

/// <summary>
/// The datasets a turn may work on, and which of them a question or a name means: the conversation's own datasets
/// when it names some, else the room's, else every ready dataset the person owns or their organisations hold.
/// </summary>
public sealed partial class TurnDatasets(IQuerySession session, CurrentUser caller)
{
    private const int MostConsidered = 200;

    /// <summary>Read once per turn (this is scoped to it): the tools and the answerer ask for them several times.</summary>
    private IReadOnlyList<Dataset>? _candidates;

    public async Task<IReadOnlyList<Dataset>> CandidatesAsync(Turn turn, CancellationToken ct) => _candidates ??= await ReadCandidatesAsync(turn, ct);

    private async Task<IReadOnlyList<Dataset>> ReadCandidatesAsync(Turn turn, CancellationToken ct)
    {
        var conversation = turn.Conversation;
        if (conversation.DatasetIds.Count > 0)
        {
            var named = await session.LoadManyAsync<Dataset>(ct, conversation.DatasetIds);
            var readable = new List<Dataset>();
            foreach (var dataset in named.Where(d => d.Status == DatasetStatus.Ready))
                if (await ConversationStart.Readable(() => session.RequireReadableAsync(dataset.Id, caller, ct))) readable.Add(dataset);
            return readable;
        }
        if (conversation.RoomId is { } room)
            return await session.Query<Dataset>().Where(d => d.RoomIds.Contains(room) && d.Status == DatasetStatus.Ready).OrderBy(d => d.Name).ToListAsync(ct);
        var me = caller.Id;
        var organizations = await session.OrganizationsOfAsync(caller, ct);
        return await session.Query<Dataset>()
            .Where(d => d.Status == DatasetStatus.Ready && (d.OwnerId == me || (d.OrganizationId != null && organizations.Contains(d.OrganizationId.Value))))
            .OrderByDescending(d => d.CreatedAt).Take(MostConsidered).ToListAsync(ct);
    }

    /// <summary>
    /// Where to ask <paramref name="question"/>: the dataset named (by id or name), the room's datasets in a room
    /// conversation, else the candidate whose name, columns and values the question's words fit best. 400 when none fits.
    /// </summary>
    public async Task<DataTarget> TargetAsync(Turn turn, string? named, string question, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(named)) return Of(await FindAsync(turn, named, ct));
        if (turn.Conversation is { RoomId: { } room, DatasetIds.Count: 0 }) return new DataTarget(null, room, "the room's datasets");
        var candidates = await CandidatesAsync(turn, ct);
        if (candidates.Count == 0) throw new ProblemException(StatusCodes.Status400BadRequest, "No data", "There is no ready dataset to ask: upload one first.");
        if (candidates.Count == 1) return Of(candidates[0]);
        var words = Words(question);
        var scored = candidates.Select(d => (Dataset: d, Score: Score(d, words))).OrderByDescending(s => s.Score).ToList();
        if (scored[0].Score > 0 && scored[0].Score > scored[1].Score) return Of(scored[0].Dataset);
        if (turn.Context?.DatasetId is { } previous && candidates.FirstOrDefault(d => d.Id == previous) is { } last) return Of(last);
        throw new ProblemException(StatusCodes.Status400BadRequest, "Which dataset?",
            $"The question fits more than one dataset ({string.Join(", ", scored.TakeWhile(s => s.Score == scored[0].Score).Take(5).Select(s => s.Dataset.Name))}): name one.");
    }

    /// <summary>The candidate a name or id means: exact id, name or table name, else the one whose name holds the words given.</summary>
    public async Task<Dataset> FindAsync(Turn turn, string nameOrId, CancellationToken ct)
    {
        if (Guid.TryParse(nameOrId, out var id)) return (await session.RequireReadableAsync(id, caller, ct)).RequireReady();
        var candidates = await CandidatesAsync(turn, ct);
        var name = nameOrId.Trim();
        var exact = candidates.FirstOrDefault(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || d.TableName.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        var words = Words(name);
        var fitting = candidates.Where(d => words.Count > 0 && words.All(w => Words(d.Name + " " + d.TableName).Contains(w))).ToList();
        return fitting.Count == 1 ? fitting[0] : throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
            fitting.Count == 0 ? $"No dataset called '{name}'." : $"More than one dataset fits '{name}': {string.Join(", ", fitting.Take(5).Select(d => d.Name))}.");
    }

    /// <summary>The dataset a message names, if one of the candidates' names (or its singular) appears in it.</summary>
    public static Dataset? Named(IReadOnlyList<Dataset> candidates, string message)
    {
        var words = Words(message);
        return candidates.Select(d => (Dataset: d, Name: Words(d.Name)))
            .Where(c => c.Name.Count > 0 && c.Name.All(words.Contains)).OrderByDescending(c => c.Name.Count).Select(c => c.Dataset).FirstOrDefault();
    }

    private static DataTarget Of(Dataset dataset) => new(dataset.Id, null, dataset.Name);

    /// <summary>Name words weigh most, then column words (an abbreviated column name counts: "pop" for "population"), then stored values.</summary>
    private static int Score(Dataset dataset, IReadOnlySet<string> words)
    {
        var score = 3 * Words(dataset.Name).Count(words.Contains);
        foreach (var column in dataset.Columns)
        {
            score += 2 * Words(column.Name).Count(w => words.Any(q => Abbreviates(w, q)));
            score += column.Profile.TopValues?.Count(v => Words(v.Value).Any(words.Contains)) ?? 0;
        }
        return score;
    }

    /// <summary>A column word names a question word: the same, or its start (three letters at least: temp, precip, pop).</summary>
    private static bool Abbreviates(string columnWord, string questionWord) =>
        columnWord == questionWord || columnWord.Length >= 3 && questionWord.StartsWith(columnWord, StringComparison.Ordinal);

    /// <summary>Lower-case words of three letters or more, plural s taken off; names split at underscores and case changes.</summary>
    public static IReadOnlySet<string> Words(string text) =>
        WordPattern().Matches(CaseChange().Replace(text, "$1 $2")).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 3 && !Ignored.Contains(w))
            .Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w).ToHashSet();

    private static readonly HashSet<string> Ignored = ["the", "and", "for", "with", "what", "which", "how", "many", "much", "are", "was", "were", "per", "each", "from", "that", "this", "show", "data", "dataset", "table", "all", "average", "total", "number", "count", "sum", "top", "most", "least", "by", "csv"];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(\p{Ll})(\p{Lu})")]
    private static partial Regex CaseChange();
}
