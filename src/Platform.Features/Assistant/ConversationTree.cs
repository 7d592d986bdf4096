namespace Platform.Features.Assistant;

/// <summary>The message tree of a conversation: the branch to a message, the newest leaf below one, a message's siblings.</summary>
public static class ConversationTree
{
    /// <summary>The messages from the root to <paramref name="leafId"/>, oldest first (none for null).</summary>
    public static List<ConversationMessage> PathTo(IReadOnlyList<ConversationMessage> messages, Guid? leafId)
    {
        var byId = messages.ToDictionary(m => m.Id);
        var path = new List<ConversationMessage>();
        for (var id = leafId; id is { } current && byId.TryGetValue(current, out var message); id = message.ParentId)
        {
            path.Add(message);
            if (path.Count > messages.Count) break;
        }
        path.Reverse();
        return path;
    }

    /// <summary>The leaf reached from <paramref name="id"/> by always following the newest answer or message below it.</summary>
    public static Guid LeafBelow(IReadOnlyList<ConversationMessage> messages, Guid id)
    {
        var children = messages.Where(m => m.ParentId is not null).ToLookup(m => m.ParentId!.Value);
        var leaf = id;
        for (var steps = 0; children[leaf].Any() && steps <= messages.Count; steps++) leaf = children[leaf].MaxBy(m => m.CreatedAt)!.Id;
        return leaf;
    }

    /// <summary>How many messages share <paramref name="message"/>'s parent (itself included), and its place among them by age (from 0).</summary>
    public static (int Count, int Index) Siblings(ILookup<Guid?, ConversationMessage> byParent, ConversationMessage message)
    {
        var siblings = byParent[message.ParentId].OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToList();
        return (siblings.Count, siblings.FindIndex(m => m.Id == message.Id));
    }
}
