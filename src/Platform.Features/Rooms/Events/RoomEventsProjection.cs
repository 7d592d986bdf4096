using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Platform.Features.Rooms;

/// <summary>Puts the room's own events on its live stream, in the transaction that appends them.</summary>
public sealed partial class RoomEventsProjection(string schema) : EventProjection
{
    private void Publish(IDocumentOperations ops, Guid roomId, string type, object payload) => RoomEventLog.Queue(ops, schema, roomId, type, payload);

    public void Project(IEvent<RoomUpdated> e, IDocumentOperations ops) =>
        Publish(ops, e.StreamId, "room.updated", new { e.Data.Name, e.Data.Description, e.Data.UpdatedBy });

    public void Project(IEvent<MemberAdded> e, IDocumentOperations ops) =>
        Publish(ops, e.StreamId, "member.added", new { e.Data.UserId, e.Data.Email, e.Data.Role });

    public void Project(IEvent<InvitationAccepted> e, IDocumentOperations ops) =>
        Publish(ops, e.StreamId, "member.added", new { e.Data.UserId, e.Data.Email, e.Data.Role });

    public void Project(IEvent<MemberInvited> e, IDocumentOperations ops) =>
        Publish(ops, e.StreamId, "member.invited", new { e.Data.InvitationId, e.Data.Email, e.Data.Role });

    public void Project(IEvent<InvitationRevoked> e, IDocumentOperations ops) =>
        Publish(ops, e.StreamId, "member.invitation_revoked", new { e.Data.InvitationId });

    public void Project(IEvent<MemberRoleChanged> e, IDocumentOperations ops) =>
        Publish(ops, e.StreamId, "member.role_changed", new { e.Data.UserId, e.Data.Role });

    public void Project(IEvent<MemberRemoved> e, IDocumentOperations ops) =>
        Publish(ops, e.StreamId, "member.removed", new { e.Data.UserId });

    public void Project(IEvent<GroupGranted> e, IDocumentOperations ops) =>
        Publish(ops, e.StreamId, "group.granted", new { e.Data.OrganizationId, e.Data.GroupId, e.Data.GroupName, e.Data.Role });

    public void Project(IEvent<GroupGrantRevoked> e, IDocumentOperations ops) =>
        Publish(ops, e.StreamId, "group.revoked", new { e.Data.GroupId });

    public void Project(IEvent<MessagePosted> e, IDocumentOperations ops) =>
        Publish(ops, e.StreamId, "message.created",
            new { Id = e.Data.MessageId, RoomId = e.StreamId, e.Data.AuthorId, e.Data.Content, e.Data.PostedAt });
}
