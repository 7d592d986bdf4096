using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class ResetUserPasswordEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/admin/users/{userId:guid}/reset-password", async (Guid userId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ResetUserPassword(userId), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("ResetUserPassword").WithTags("Admin users")
            .WithSummary("Replace an account's password with a generated one, returned once (admin); its sessions end and it must be changed at the next sign-in.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
