using Carter;
using Mediator;

namespace Platform.Features.Audit;

public sealed class ListAuditEntriesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/audit", async (Guid? actorId, string? action, Guid? organizationId, string? outcome, DateTimeOffset? from, DateTimeOffset? to,
                    string? cursor, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAuditEntries(new AuditFilter(actorId, action, organizationId, outcome, from, to), cursor, limit), ct)))
            .WithName("ListAuditEntries").WithTags("Audit")
            .WithSummary("The audit trail, newest first (filters; cursor paging): administrators see all, an organisation's admins its own entries (organizationId).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
