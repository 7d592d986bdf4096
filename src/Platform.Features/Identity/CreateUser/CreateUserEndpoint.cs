using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class CreateUserEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/admin/users", async (CreateUser request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/admin/users/{created.User.Id}", created);
            })
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("CreateUser").WithTags("Admin users")
            .WithSummary("Open an account (admin): the generated password is returned once and must be changed at the first sign-in.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
}
