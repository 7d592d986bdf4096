using System.Text;
using System.Text.Json;
using Carter;
using Mediator;

namespace Platform.Features.Audit;

public sealed class ExportAuditEntriesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/audit/export", async (HttpContext http, Guid? actorId, string? action, Guid? organizationId, string? outcome, DateTimeOffset? from,
                    DateTimeOffset? to, string? format, IMediator mediator, CancellationToken ct) =>
                {
                    var kind = format ?? "csv";
                    var request = new ExportAuditEntries(new AuditFilter(actorId, action, organizationId, outcome, from, to), kind);
                    await using var entries = mediator.CreateStream(request, ct).GetAsyncEnumerator(ct);
                    // The first entry is awaited before anything is written, so a refusal is still a plain ProblemDetails.
                    var more = await entries.MoveNextAsync();
                    http.Response.ContentType = kind == "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson";
                    http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit.{kind}\"";
                    await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 64 * 1024);
                    if (kind == "csv") await writer.WriteLineAsync(AuditCsv.Header);
                    for (; more; more = await entries.MoveNextAsync())
                        await writer.WriteLineAsync(kind == "csv" ? AuditCsv.Row(entries.Current) : JsonSerializer.Serialize(entries.Current.ToResponse(), JsonSerializerOptions.Web));
                })
            .WithName("ExportAuditEntries").WithTags("Audit")
            .WithSummary("The audit trail as a streamed file, oldest first: ?format=csv (formula-like cells escaped) or ndjson, with the list's filters.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
