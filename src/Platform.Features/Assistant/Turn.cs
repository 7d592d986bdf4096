using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <summary>
/// The frames of one turn, numbered here: the turn is its stream's only writer, so each frame's data carries its
/// <c>seq</c> and <c>messageId</c> (and <c>callId</c> where it belongs) exactly as its SSE id says. Frames are written
/// whatever happens to the turn (a cancelled turn still ends with <c>done</c>), so writing takes no cancellation.
/// A relay, when given, hears each frame as it is stored (the room assistant's frames go out to the room).
/// </summary>
public sealed class TurnFrames(ResumableStreams? streams, Guid messageId, Func<string, JsonObject, Task>? relay = null)
{
    /// <summary>Frames of a tool called outside any turn (over MCP): nobody watches them, so none is stored.</summary>
    public static TurnFrames Unstored() => new(null, Guid.Empty);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private long _seq;

    public Guid MessageId => messageId;

    public async Task WriteAsync(string @event, object? data = null, string? callId = null)
    {
        var seq = Interlocked.Increment(ref _seq);
        var frame = new JsonObject { ["seq"] = seq, ["messageId"] = messageId };
        if (callId is not null) frame["callId"] = callId;
        if (data is not null && JsonSerializer.SerializeToNode(data, data.GetType(), Json) is JsonObject fields)
            foreach (var (name, value) in fields.ToList())
            {
                fields.Remove(name);
                frame[name] = value;
            }
        if (streams is not null) await streams.AppendAsync(messageId, seq, @event, frame.ToJsonString(Json), CancellationToken.None);
        if (relay is not null) await relay(@event, frame);
    }
}

/// <summary>What a tool call came to: whether it worked, a sentence saying what it found, and what the model is shown of it.</summary>
/// <param name="ForModel">The result as the language model sees it: sampled rows, never whole tables (null: the summary).</param>
public sealed record ToolOutcome(bool Ok, string Summary, int? RowCount = null, object? ForModel = null);

/// <summary>
/// One turn being answered: the conversation so far, the frames it writes, and what it has said and made. Tools run
/// in the turn's own scope, acting as the person who asked, so their access rules are the ones the API applies.
/// </summary>
public sealed class Turn(
    Conversation conversation, ConversationMessage answer, string message, IReadOnlyList<ConversationMessage> history, TurnFrames frames,
    IServiceProvider services, AssistantOptions options)
{
    private readonly StringBuilder _content = new();

    public Conversation Conversation => conversation;
    public ConversationMessage Answer => answer;
    /// <summary>What the person asked in this turn.</summary>
    public string Message => message;
    /// <summary>The active branch before this turn, oldest first.</summary>
    public IReadOnlyList<ConversationMessage> History => history;
    public TurnFrames Frames => frames;
    public IServiceProvider Services => services;
    public Guid UserId => answer.OwnerId;
    /// <summary>The agent answering, as the conversation pinned it; null for the plain assistant.</summary>
    public AgentSettings? Agent => conversation.Agent?.Settings;
    public string Content => _content.ToString();

    /// <summary>How the turn ended when the answerer says so (blocked); otherwise it stopped, or ran out of tool calls.</summary>
    public string? FinishReason { get; set; }

    /// <summary>The question as a language model was given it (redacted, or null when nothing was sent).</summary>
    public string? SentToModel { get; set; }

    /// <summary>The data answer a follow-up refers to: this turn's latest, else the branch's latest.</summary>
    public AnswerContext? Context
    {
        get => answer.Context ?? history.LastOrDefault(m => m.Context is not null)?.Context;
        set => answer.Context = value;
    }

    /// <summary>Says <paramref name="text"/> as <c>message.delta</c> frames, a sentence at a time.</summary>
    public async Task SayAsync(string text)
    {
        if (string.IsNullOrEmpty(text)) return;
        if (_content.Length > 0 && !char.IsWhiteSpace(_content[^1]) && !char.IsWhiteSpace(text[0])) text = " " + text;
        foreach (var part in Sentences(text))
        {
            _content.Append(part);
            await frames.WriteAsync("message.delta", new { delta = part });
        }
    }

    /// <summary>Text already streamed by a language model: kept, and written as one delta.</summary>
    public async Task AppendStreamedAsync(string delta)
    {
        _content.Append(delta);
        await frames.WriteAsync("message.delta", new { delta });
    }

    public void Keep(TurnArtifact artifact) => answer.Artifacts.Add(artifact);

    /// <summary>
    /// Calls a tool: <c>tool.call</c>, whatever frames the tool writes, then <c>tool.result</c>. A tool that fails
    /// (a refused query, a dataset the person cannot read) gives a result with <c>ok: false</c>, not an error of the turn.
    /// A tool the agent marks for approval waits, after an <c>approval.required</c> frame, for the person's yes or no.
    /// </summary>
    public async Task<ToolOutcome> CallAsync(string name, JsonElement arguments, CancellationToken ct)
    {
        var callId = $"call_{answer.ToolCalls.Count + 1}";
        await frames.WriteAsync("tool.call", new { name, arguments }, callId);
        var watch = Stopwatch.StartNew();
        ToolOutcome outcome;
        if (answer.ToolCalls.Count >= options.MaxToolCalls)
            outcome = new ToolOutcome(false, $"No more tool calls in this turn (at most {options.MaxToolCalls}).");
        else if (services.GetServices<IAssistantTool>().FirstOrDefault(t => t.Name == name) is not { } tool)
            outcome = new ToolOutcome(false, $"There is no tool called '{name}'.");
        else if (!AgentTools.Allows(Agent, name))
            outcome = new ToolOutcome(false, $"'{name}' is not one of {Agent!.Name}'s tools.");
        else if (Agent?.ApprovalRequired.Contains(name) == true && await ApprovedAsync(name, arguments, callId, ct) is false)
            outcome = new ToolOutcome(false, "The call was not approved.");
        else
            try
            {
                outcome = await tool.RunAsync(arguments, new ToolCall(this, callId), ct);
            }
            catch (ProblemException e) when (!ct.IsCancellationRequested)
            {
                outcome = new ToolOutcome(false, e.Detail ?? e.Title);
            }
            catch (FluentValidation.ValidationException e)
            {
                outcome = new ToolOutcome(false, string.Join(" ", e.Errors.Select(x => x.ErrorMessage)));
            }
            catch (JsonException e)
            {
                outcome = new ToolOutcome(false, $"The arguments do not fit the tool: {e.Message}");
            }
        var elapsed = watch.ElapsedMilliseconds;
        answer.ToolCalls.Add(new ToolCallRecord(callId, name, arguments, outcome.Ok, outcome.Summary, outcome.RowCount, elapsed));
        await frames.WriteAsync("tool.result", new { name, ok = outcome.Ok, summary = outcome.Summary, rowCount = outcome.RowCount, elapsedMs = elapsed }, callId);
        return outcome;
    }

    private async Task<bool> ApprovedAsync(string name, JsonElement arguments, string callId, CancellationToken ct)
    {
        var decision = await services.GetRequiredService<TurnDecisions>().AskAsync(answer.Id, "approval", ["approve", "deny"], callId, "deny",
            () => frames.WriteAsync("approval.required", new { name, arguments }, callId), ct);
        await frames.WriteAsync("approval.decided", new { approved = decision == "approve" }, callId);
        return decision == "approve";
    }

    public int ToolCallsLeft => Math.Max(0, options.MaxToolCalls - answer.ToolCalls.Count);

    /// <summary>A text cut after sentence ends and line breaks, so it streams as it would be read.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '\n' || (text[i] is '.' or '!' or '?' or ':') && i + 1 < text.Length && text[i + 1] == ' ';
            if (!end) continue;
            yield return text[start..(i + 1)];
            start = i + 1;
        }
        if (start < text.Length) yield return text[start..];
    }
}

/// <summary>A tool running within a turn: its call id (for its frames) and the turn.</summary>
public sealed record ToolCall(Turn Turn, string CallId)
{
    public Task WriteAsync(string @event, object? data = null) => Turn.Frames.WriteAsync(@event, data, CallId);
}

/// <summary>Settings under <c>Platform:Assistant</c>.</summary>
public sealed class AssistantOptions
{
    /// <summary>Tool calls one turn may make.</summary>
    public int MaxToolCalls { get; set; } = 8;

    /// <summary>Rows of a tool's result shown to a language model.</summary>
    public int RowsForModel { get; set; } = 20;

    /// <summary>Rows of a table kept with the answer (the turn's frames keep the whole result).</summary>
    public int RowsKept { get; set; } = 100;

    /// <summary>How long a turn waits for a model it trains before saying where it will be.</summary>
    public TimeSpan TrainingWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>What a message bound for an external language model does when it holds secrets or personal data.</summary>
    public DlpPolicy Dlp { get; set; } = DlpPolicy.Ask;

    /// <summary>How long a paused turn waits for the person before taking the safe option.</summary>
    public TimeSpan DecisionTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest message a person may send, in characters.</summary>
    public int MaxMessageLength { get; set; } = 20_000;
}
