using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class DeleteUserEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/admin/users/{userId:guid}", async (Guid userId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteUser(userId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("DeleteUser").WithTags("Admin users")
            .WithSummary("Delete an account (admin): never yourself or the last super_admin; what it owns passes to a super_admin.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
