using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class DecideWaitlistEntryEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/admin/waitlist/{entryId:guid}/approve", async (Guid entryId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideWaitlistEntry(entryId, Approve: true), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("ApproveWaitlistEntry").WithTags("Sign-up").WithSummary("Approve someone waiting: an invitation is mailed to them (admin).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPost("/api/admin/waitlist/{entryId:guid}/reject", async (Guid entryId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideWaitlistEntry(entryId, Approve: false), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("RejectWaitlistEntry").WithTags("Sign-up").WithSummary("Turn down someone waiting (admin).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
