using Marten;
using Marten.Patching;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

/// <summary>
/// In rooms, the words of a person's messages are erased (the message stays, so replies keep their place); leaving
/// rooms, and deleting those only they were in, is the account handover's part.
/// </summary>
public sealed class RoomPersonalData : IPersonalData
{
    public const string ErasedMessage = "[erased]";

    public Task EraseAsync(IDocumentSession session, Erasure erasure, CancellationToken ct)
    {
        var person = erasure.UserId;
        session.Patch<RoomMessage>(m => m.AuthorId == person).Set(m => m.Content, ErasedMessage);
        // The chat's events hold the words too (the messages are projected from them).
        session.QueueSqlCommand(
            $"update {PostgresServer.Schema}.mt_events set data = jsonb_set(data, '{{content}}', to_jsonb(?::text)) where type = 'message_posted' and data->>'authorId' = ?",
            ErasedMessage, person.ToString());
        return Task.CompletedTask;
    }
}
