using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Features.Common;

/// <summary>A create made with an <c>Idempotency-Key</c>: reserved while it runs, then its response, for 24 hours.</summary>
public sealed class IdempotentRequest : IBookkeeping
{
    /// <summary>A hash of the caller and the key.</summary>
    public string Id { get; set; } = "";
    public Guid UserId { get; set; }
    /// <summary>A hash of the route and what was sent, so the key cannot be reused for something else.</summary>
    public string Fingerprint { get; set; } = "";
    public bool Completed { get; set; }
    public int Status { get; set; }
    public Dictionary<string, string> Headers { get; set; } = [];
    public string? ContentType { get; set; }
    public byte[] Body { get; set; } = [];
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// <c>Idempotency-Key</c> on every POST that creates (one producing 201 or 202) for a signed-in caller: the first
/// successful response is kept for 24 hours per caller and key and replayed with <c>Idempotent-Replayed: true</c>;
/// the same key with another request is 422; while the first is still running, a second gets 409. A request that
/// fails keeps nothing, so it may be retried with the same key. Applied by <see cref="IdempotentCreates"/>.
/// </summary>
public sealed class Idempotency(IDocumentStore store, IServiceProviderIsService services, IOptions<JsonOptions> json, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    /// <summary>A reservation older than this is taken for one whose request died with its instance.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(5);
    private const int MaxKeptBody = 1 << 20;
    private static readonly string[] KeptHeaders = ["Location", "ETag"];

    /// <summary>Whether an endpoint creates for a signed-in caller: a POST that answers 201 or 202 and is not open to anyone.</summary>
    public static bool AppliesTo(IEnumerable<object> metadata)
    {
        var list = metadata as IReadOnlyCollection<object> ?? metadata.ToList();
        return !list.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any()
               && list.OfType<IHttpMethodMetadata>().Any(m => m.HttpMethods.Contains(HttpMethods.Post))
               && list.OfType<IProducesResponseTypeMetadata>().Any(p => p.StatusCode is StatusCodes.Status201Created or StatusCodes.Status202Accepted);
    }

    internal async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, System.Reflection.ParameterInfo[] parameters, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        var caller = http.RequestServices.GetRequiredService<CurrentUser>();
        if (!http.Request.Headers.TryGetValue(Header, out var values) || !caller.IsAuthenticated) return await next(invocation);
        var userId = caller.Id;
        var key = values.ToString();
        if (key.Length is 0 or > 255 || key.Any(c => c is < ' ' or > '~'))
            throw new ProblemException(StatusCodes.Status400BadRequest, "Bad request", $"'{Header}' must be 1 to 255 printable ASCII characters.");

        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId:N}\n{key}")));
        var fingerprint = Fingerprint(invocation, parameters);
        var now = clock.GetUtcNow();
        if (await ReserveAsync(id, userId, fingerprint, now) is { } earlier)
        {
            if (earlier.Fingerprint != fingerprint)
                throw new ProblemException(StatusCodes.Status422UnprocessableEntity, "Idempotency key reused",
                    $"This '{Header}' was used for a different request; use a new key for a new request.");
            if (!earlier.Completed)
                throw new ProblemException(StatusCodes.Status409Conflict, "Conflict", $"A request with this '{Header}' is still running; retry shortly.")
                    { RetryAfter = TimeSpan.FromSeconds(1) };
            return new ReplayedResponse(earlier);
        }

        IResult? result = null;
        try
        {
            result = await next(invocation) as IResult;
        }
        finally
        {
            if (result is null) await ReleaseAsync(id);
        }
        if (result is null) return null;
        return await CaptureAsync(http, result, id);
    }

    /// <summary>Null when this request holds the key now; otherwise the record of the one that held it first.</summary>
    private async Task<IdempotentRequest?> ReserveAsync(string id, Guid userId, string fingerprint, DateTimeOffset now)
    {
        var reservation = new IdempotentRequest { Id = id, UserId = userId, Fingerprint = fingerprint, StartedAt = now, ExpiresAt = now + Lifetime };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var session = store.LightweightSession();
            var existing = await session.LoadAsync<IdempotentRequest>(id);
            if (existing is not null && existing.ExpiresAt > now && (existing.Completed || now - existing.StartedAt < AbandonedAfter)) return existing;
            if (existing is not null) session.Delete(existing);
            session.Insert(reservation);
            try
            {
                await session.SaveChangesAsync();
                return null;
            }
            catch (DocumentAlreadyExistsException)
            {
                // Another request took the key a moment ago: read what it holds.
            }
        }
        throw new ProblemException(StatusCodes.Status409Conflict, "Conflict", $"A request with this '{Header}' is still running; retry shortly.");
    }

    private async Task ReleaseAsync(string id)
    {
        await using var session = store.LightweightSession();
        session.Delete<IdempotentRequest>(id);
        await session.SaveChangesAsync();
    }

    /// <summary>Writes the result to the response once, keeping a copy when it succeeded.</summary>
    private async Task<object?> CaptureAsync(HttpContext http, IResult result, string id)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await result.ExecuteAsync(http);
        }
        catch
        {
            await ReleaseAsync(id);
            throw;
        }
        finally
        {
            http.Response.Body = original;
        }
        var status = http.Response.StatusCode;
        if (status is >= 200 and < 300 && buffer.Length <= MaxKeptBody)
        {
            await using var session = store.LightweightSession();
            var record = await session.LoadAsync<IdempotentRequest>(id);
            if (record is not null)
            {
                record.Completed = true;
                record.Status = status;
                record.ContentType = http.Response.ContentType;
                record.Headers = KeptHeaders.Where(h => http.Response.Headers.ContainsKey(h)).ToDictionary(h => h, h => http.Response.Headers[h].ToString());
                record.Body = buffer.ToArray();
                session.Update(record);
                await session.SaveChangesAsync();
            }
        }
        else await ReleaseAsync(id);
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
        return Results.Empty;
    }

    /// <summary>
    /// The route, its values, the query and every bound argument that is not a service; a body read as a stream
    /// (an upload) counts by its length and type.
    /// </summary>
    private string Fingerprint(EndpointFilterInvocationContext invocation, System.Reflection.ParameterInfo[] parameters)
    {
        var http = invocation.HttpContext;
        var text = new StringBuilder().Append(http.Request.Method).Append(' ').Append(http.Request.Path).Append(http.Request.QueryString).Append('\n');
        for (var i = 0; i < invocation.Arguments.Count && i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            if (type == typeof(CancellationToken) || services.IsService(type)) continue;
            if (typeof(HttpContext).IsAssignableFrom(type) || typeof(HttpRequest).IsAssignableFrom(type) || typeof(Stream).IsAssignableFrom(type)
                || typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type) || typeof(System.IO.Pipelines.PipeReader).IsAssignableFrom(type))
            {
                text.Append("body ").Append(http.Request.ContentLength).Append(' ').Append(http.Request.ContentType?.Split(';')[0]).Append('\n');
                continue;
            }
            text.Append(JsonSerializer.Serialize(invocation.Arguments[i], type, json.Value.SerializerOptions)).Append('\n');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private sealed class ReplayedResponse(IdempotentRequest earlier) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = earlier.Status;
            foreach (var (name, value) in earlier.Headers) http.Response.Headers[name] = value;
            http.Response.Headers[ReplayedHeader] = "true";
            if (earlier.ContentType is { } contentType) http.Response.ContentType = contentType;
            await http.Response.Body.WriteAsync(earlier.Body, http.RequestAborted);
        }
    }
}

/// <summary>Where <see cref="Idempotency"/> is applied: every create mapped in the group.</summary>
public static class IdempotentCreates
{
    /// <summary>
    /// Gives every create in the group the key's handling. The filter is chosen when the endpoint's handler is built,
    /// after every convention, when its metadata (its method, the statuses it produces) is complete.
    /// </summary>
    public static RouteGroupBuilder WithIdempotentCreates(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
            endpoint.FilterFactories.Add((context, next) => Idempotency.AppliesTo(endpoint.Metadata) ? Filter(context, next) : next));
        return group;
    }

    private static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        return invocation => invocation.HttpContext.RequestServices.GetRequiredService<Idempotency>().InvokeAsync(invocation, parameters, next);
    }
}

/// <summary>Deletes kept responses whose 24 hours are over, hourly.</summary>
public sealed class ExpiredIdempotentRequests(IDocumentStore store, TimeProvider clock, ILogger<ExpiredIdempotentRequests> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(TimeSpan.FromHours(1), clock, logger, "Removing expired idempotency keys", async ct =>
        {
            await using var session = store.LightweightSession();
            session.DeleteWhere<IdempotentRequest>(r => r.ExpiresAt < clock.GetUtcNow());
            await session.SaveChangesAsync(ct);
        }, stoppingToken);
}
