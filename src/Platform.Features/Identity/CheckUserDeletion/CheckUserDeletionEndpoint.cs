using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class CheckUserDeletionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/users/{userId:guid}/check-delete", async (Guid userId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CheckUserDeletion(userId), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("CheckUserDeletion").WithTags("Admin users")
            .WithSummary("What deleting the account would do (admin): whether it is allowed, who would receive what it owns, and how much.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
