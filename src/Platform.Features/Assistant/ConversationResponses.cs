namespace Platform.Features.Assistant;

/// <param name="AgentVersion">The agent's published version the conversation answers with; null for an agent's draft.</param>
public sealed record ConversationResponse(
    Guid Id, string Title, string? Name, Guid? AgentId, int? AgentVersion, Guid? RoomId, IReadOnlyList<Guid> DatasetIds, Guid? ActiveMessageId, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ConversationResponse From(Conversation c) =>
        new(c.Id, c.Title, c.Name, c.Agent?.AgentId, c.Agent?.Version, c.RoomId, c.DatasetIds, c.ActiveMessageId, c.CreatedAt, c.UpdatedAt);
}

/// <param name="SiblingCount">Messages in the same place of the tree (edits of a question, regenerated answers), this one included.</param>
/// <param name="SiblingIndex">This one's place among them, oldest first, from 0.</param>
/// <param name="Pending">What the running answer waits for me to decide (a DLP finding, an approval).</param>
/// <param name="ModelText">A question as the language model was given it, when that differs from what I wrote (redacted; empty: not sent).</param>
public sealed record ConversationMessageResponse(
    Guid Id, Guid ConversationId, Guid? ParentId, MessageRole Role, string Content, TurnStatus Status, string? FinishReason, string? Engine,
    IReadOnlyList<ToolCallRecord> ToolCalls, IReadOnlyList<TurnArtifact> Artifacts, MessageFeedback? Feedback, PendingDecision? Pending, string? ModelText,
    int SiblingCount, int SiblingIndex, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt)
{
    public static ConversationMessageResponse From(ConversationMessage m, (int Count, int Index) siblings) => new(
        m.Id, m.ConversationId, m.ParentId, m.Role, m.Content, m.Status, m.FinishReason, m.Engine, m.ToolCalls, m.Artifacts, m.Feedback, m.Pending, m.ModelText,
        siblings.Count, siblings.Index, m.CreatedAt, m.CompletedAt);
}
