using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using Marten.Services;
using Platform.Features.Identity;

namespace Platform.Features.Rooms;

public sealed class RoomsMarten : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Projections.Snapshot<Room>(SnapshotLifecycle.Inline);
        options.Projections.Add<RoomMessageProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add(new RoomEventsProjection(options.DatabaseSchemaName), ProjectionLifecycle.Inline);
        options.Storage.ExtendedSchemaObjects.Add(RoomEventLog.Table(options.DatabaseSchemaName));
        options.Schema.For<Room>().GinIndexJsonData();
        options.Schema.For<RoomMessage>().Index(m => m.RoomId).Index(m => m.PostedAt);
        options.Listeners.Add(new InvitationsBecomeMemberships());
    }
}

public sealed partial class RoomMessageProjection : EventProjection
{
    public RoomMessage Create(IEvent<MessagePosted> e) => new()
    {
        Id = e.Data.MessageId, RoomId = e.StreamId, AuthorId = e.Data.AuthorId, Content = e.Data.Content, PostedAt = e.Data.PostedAt,
    };
}

/// <summary>
/// When someone proves an address is theirs (an <see cref="EmailVerified"/> event is committed), pending room
/// invitations to it become memberships, without the identity area knowing rooms exist: registering an address
/// is not enough, or whoever registered someone else's address first would take their invitations. It runs right
/// after the verification commits, before the request answers.
/// </summary>
public sealed class InvitationsBecomeMemberships : DocumentSessionListenerBase
{
    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        var registrations = commit.GetEvents().Where(e => e.Data is EmailVerified).ToList();
        if (registrations.Count == 0) return;

        await using var rooms = session.DocumentStore.LightweightSession();
        foreach (var registration in registrations)
        {
            var email = ((EmailVerified)registration.Data).Email;
            var invitedTo = await rooms.Query<Room>().Where(r => r.Invitations.Any(i => i.Email == email)).ToListAsync(token);
            foreach (var room in invitedTo)
            foreach (var invitation in room.Invitations.Where(i => i.Email == email))
                rooms.Events.Append(room.Id, new InvitationAccepted(invitation.Id, registration.StreamId, email, invitation.Role, registration.Timestamp));
        }
        await rooms.SaveChangesAsync(token);
    }
}
