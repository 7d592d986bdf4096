using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class UpdateUserEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/admin/users/{userId:guid}", async (Guid userId, UpdateUserRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateUser(userId, request.Name, request.Role, request.Disabled), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("UpdateUser").WithTags("Admin users")
            .WithSummary("Rename an account, change its role, disable or enable it (admin); a new role or disabling ends its sessions at once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
