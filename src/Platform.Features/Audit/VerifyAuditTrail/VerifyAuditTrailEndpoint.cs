using Carter;
using Mediator;
using Platform.Features.Identity;

namespace Platform.Features.Audit;

public sealed class VerifyAuditTrailEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/audit/verify", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new VerifyAuditTrail(), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("VerifyAuditTrail").WithTags("Audit")
            .WithSummary("Recompute the audit trail's hash chain (administrators): valid, or the first entry that was edited or follows a deleted one.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
