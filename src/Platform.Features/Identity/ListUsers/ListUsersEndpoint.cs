using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed class ListUsersEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/users", async (string? search, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListUsers(search, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("ListUsers").WithTags("Admin users").WithSummary("Every account (admin); ?search= matches e-mail or name.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
