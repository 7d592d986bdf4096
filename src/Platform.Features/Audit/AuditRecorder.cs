using System.Collections;
using Marten;
using Marten.Services;
using Platform.Features.Common;

namespace Platform.Features.Audit;

/// <summary>
/// Adds an <see cref="AuditEntry"/> to the transaction of every request that changes something (not GET): who, from
/// where, which endpoint, what changed, and whether an attempt failed. Bookkeeping documents and patches alone are not
/// changes a person made. One entry per request: its first committed change (a save that failed and is retried
/// records on the retry).
/// </summary>
public sealed class AuditRecorder(IHttpContextAccessor accessor, TimeProvider clock) : DocumentSessionListenerBase
{
    private const string Recorded = "platform.audit.recorded";
    private const int MaxChanges = 20;

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (accessor.HttpContext is not { } http || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || http.Items.ContainsKey(Recorded))
            return Task.CompletedTask;
        var pending = session.PendingChanges;
        if (pending.InsertsFor<AuditEntry>().Any()) return Task.CompletedTask;
        var documents = pending.Inserts().Concat(pending.Updates()).Where(d => d is not IBookkeeping).Select(d => (Kind: d.GetType().Name, Id: IdOf(d), Document: d))
            .Concat(pending.Deletions().Where(d => d.Document is not IBookkeeping).Select(d => (Kind: d.DocumentType.Name, Id: d.Id?.ToString(), Document: d.Document)))
            .ToList();
        var events = pending.Streams().SelectMany(s => s.Events.Select(e => (Stream: s.Id, Event: e))).ToList();
        if (documents.Count == 0 && events.Count == 0) return Task.CompletedTask;

        var failed = events.Any(e => e.Event.Data is IFailedAttempt) || documents.Any(d => d.Document is IFailedAttempt);
        // An anonymous request that succeeded acted as the account whose events it wrote (registering, signing in).
        var caller = http.RequestServices.GetRequiredService<CurrentUser>();
        Guid? actorId = caller.IsAuthenticated ? caller.Id : failed || events.Count == 0 ? null : events[0].Stream;
        var changes = documents.Select(d => $"{d.Kind}/{d.Id}").Concat(events.Select(e => $"{e.Event.EventType.Name}@{e.Stream}")).ToList();
        session.Insert(new AuditEntry
        {
            Id = Guid.CreateVersion7(), At = ToMicroseconds(clock.GetUtcNow()),
            ActorId = actorId,
            ApiKeyId = Guid.TryParse(http.User.FindFirst(CurrentUser.KeyClaim)?.Value, out var key) ? key : null,
            OrganizationId = OrganizationOf(http, documents.Select(d => d.Document)),
            Action = (http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
                     ?? $"{http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path}",
            Target = changes[0], Changes = changes.Take(MaxChanges).ToList(),
            ClientAddress = caller.ClientAddress,
            UserAgent = Truncated(http.Request.Headers.UserAgent.ToString(), 300),
            Outcome = failed ? "failure" : "success",
        });
        return Task.CompletedTask;
    }

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (accessor.HttpContext is { } http && commit.Inserted.OfType<AuditEntry>().Any()) http.Items[Recorded] = true;
        return Task.CompletedTask;
    }

    /// <summary>PostgreSQL keeps microseconds: the time compared in queries is then the time recorded.</summary>
    private static DateTimeOffset ToMicroseconds(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);

    private static string? IdOf(object document) => document.GetType().GetProperty("Id")?.GetValue(document)?.ToString();

    /// <summary>The organisation the request acts in: the route's, else the one a changed document belongs to.</summary>
    private static Guid? OrganizationOf(HttpContext http, IEnumerable<object?> documents)
    {
        if (http.GetRouteValue("organizationId") is string route && Guid.TryParse(route, out var fromRoute)) return fromRoute;
        foreach (var document in documents)
            if (document?.GetType().GetProperty("OrganizationId")?.GetValue(document) is Guid organizationId) return organizationId;
        return null;
    }

    private static string Truncated(string text, int max) => text.Length <= max ? text : text[..max];
}
