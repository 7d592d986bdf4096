using System.Text.Json;
using Marten;

namespace Platform.Features.Common;

/// <summary>
/// Something that happened which people act on beyond a room's live stream: outbound webhooks deliver it and
/// automations start on it.
/// </summary>
/// <param name="Id">Unique, sortable by time (<c>evt_</c> and a version-7 id).</param>
/// <param name="Type">One of <see cref="PlatformEvents.Types"/>.</param>
/// <param name="OwnerId">Whose it is: the dataset's, model's or job's owner, the message's author.</param>
/// <param name="RoomIds">Rooms it belongs to: their webhooks and automations see it too.</param>
/// <param name="FromJob">It happened inside a job's step (an automation's own message), so automations do not start on it.</param>
public sealed record PlatformEvent(string Id, string Type, Guid OwnerId, IReadOnlyList<Guid> RoomIds, JsonElement Data, DateTimeOffset At, bool FromJob);

/// <summary>An area's part in what follows an event, in the transaction of the change that caused it.</summary>
public interface IPlatformEventHandler
{
    Task HandleAsync(IDocumentSession session, PlatformEvent platformEvent, CancellationToken ct);
}

/// <summary>
/// Publishes platform events into the session's unit of work: what each handler does (a webhook delivery stored, an
/// automation's run queued) commits with the change, or not at all.
/// </summary>
public sealed class PlatformEvents(IEnumerable<IPlatformEventHandler> handlers, TimeProvider clock)
{
    public const string DatasetReady = "dataset.ready";
    public const string DatasetFailed = "dataset.failed";
    public const string ModelReady = "model.ready";
    public const string ModelFailed = "model.failed";
    public const string JobDone = "job.done";
    public const string JobFailed = "job.failed";
    public const string RoomMessage = "room.message";

    public static readonly string[] Types = [DatasetReady, DatasetFailed, ModelReady, ModelFailed, JobDone, JobFailed, RoomMessage];

    public async Task PublishAsync(IDocumentSession session, string type, Guid ownerId, IEnumerable<Guid> roomIds, object data, CancellationToken ct, bool fromJob = false)
    {
        var platformEvent = new PlatformEvent($"evt_{Guid.CreateVersion7():N}", type, ownerId, roomIds.Distinct().ToList(),
            JsonSerializer.SerializeToElement(data, JsonSerializerOptions.Web), clock.GetUtcNow(), fromJob);
        foreach (var handler in handlers) await handler.HandleAsync(session, platformEvent, ct);
    }
}
