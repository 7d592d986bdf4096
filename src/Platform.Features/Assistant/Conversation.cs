using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Features.Assistant;

/// <summary>A person's conversation with the assistant: a tree of messages, one branch of it active.</summary>
public sealed class Conversation
{
    public Guid Id { get; set; }
    public Guid OwnerId { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Whether the title came from the language model (a refined one is not replaced by the offline one again).</summary>
    public bool TitleRefined { get; set; }
    /// <summary>A name unique among the owner's conversations, for clients that address sessions by name.</summary>
    public string? Name { get; set; }
    /// <summary>The agent it talks to, as it was when the conversation began.</summary>
    public AgentSnapshot? Agent { get; set; }
    public Guid? RoomId { get; set; }
    /// <summary>The owner's conversation with the room's assistant: its turns go out on the room's stream, its answers into the room's chat.</summary>
    public bool RoomAssistant { get; set; }
    /// <summary>The datasets the assistant works on; none: whichever of the owner's fits the question.</summary>
    public List<Guid> DatasetIds { get; set; } = [];
    /// <summary>The last message of the active branch.</summary>
    public Guid? ActiveMessageId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Set when deleted: the conversation is gone for its owner, its messages kept until the account goes.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<MessageRole>))]
public enum MessageRole
{
    [JsonStringEnumMemberName("user")] User,
    [JsonStringEnumMemberName("assistant")] Assistant,
}

[JsonConverter(typeof(JsonStringEnumConverter<TurnStatus>))]
public enum TurnStatus
{
    [JsonStringEnumMemberName("running")] Running,
    [JsonStringEnumMemberName("complete")] Complete,
    [JsonStringEnumMemberName("cancelled")] Cancelled,
    [JsonStringEnumMemberName("failed")] Failed,
    /// <summary>The instance running it stopped; the answer so far is kept.</summary>
    [JsonStringEnumMemberName("interrupted")] Interrupted,
}

/// <summary>One message of a conversation. An assistant message is a turn: its frames are the resumable stream of the same id.</summary>
public sealed class ConversationMessage
{
    public Guid Id { get; set; }
    public Guid ConversationId { get; set; }
    public Guid OwnerId { get; set; }
    /// <summary>The message it answers or follows; messages with the same parent are siblings (edits, regenerated answers).</summary>
    public Guid? ParentId { get; set; }
    public MessageRole Role { get; set; }
    public string Content { get; set; } = "";
    public TurnStatus Status { get; set; }
    /// <summary>stop, cancelled, error, tool_limit, interrupted.</summary>
    public string? FinishReason { get; set; }
    /// <summary>Who answered: builtin, or the language model's name.</summary>
    public string? Engine { get; set; }
    public List<ToolCallRecord> ToolCalls { get; set; } = [];
    public List<TurnArtifact> Artifacts { get; set; } = [];
    /// <summary>What a follow-up question refers to: the last data answer of the turn.</summary>
    public AnswerContext? Context { get; set; }
    public MessageFeedback? Feedback { get; set; }
    public bool CancelRequested { get; set; }
    /// <summary>What a paused turn waits for the person to decide; null while it runs on its own.</summary>
    public PendingDecision? Pending { get; set; }
    /// <summary>The person's answer to <see cref="Pending"/>, until the turn takes it.</summary>
    public string? Decision { get; set; }
    /// <summary>A question as a language model was given it: redacted, or empty when it was not sent; null when sent as written.</summary>
    public string? ModelText { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <param name="Summary">What the tool did, in a sentence (what the model and the person read).</param>
public sealed record ToolCallRecord(string CallId, string Name, JsonElement Arguments, bool Ok, string Summary, int? RowCount, long ElapsedMs);

/// <param name="Kind">table, chart (a Vega-Lite spec), panel, model.</param>
public sealed record TurnArtifact(string Kind, string Title, JsonElement Content, string? CallId = null);

/// <summary>A data answer a follow-up builds on: the question as understood, where it was asked, what came back and how it was drawn.</summary>
public sealed record AnswerContext(string Question, Guid? DatasetId, Guid? RoomId, string? Sql, IReadOnlyList<string> Columns, Dashboards.Visualization? Chart);

[JsonConverter(typeof(JsonStringEnumConverter<AnswerRating>))]
public enum AnswerRating
{
    [JsonStringEnumMemberName("up")] Up,
    [JsonStringEnumMemberName("down")] Down,
}

/// <param name="Kind">dlp (allow, redact, block) or approval (approve or not).</param>
/// <param name="CallId">The tool call an approval is for.</param>
public sealed record PendingDecision(string Kind, string[] Options, string? CallId, DateTimeOffset Since);

/// <param name="Sql">The query behind the answer rated, so a correction becomes an evaluation case.</param>
public sealed record MessageFeedback(AnswerRating? Rating, string? Comment, string? CorrectedSql, string? Sql, DateTimeOffset At);
