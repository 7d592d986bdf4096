using Carter;
using Mediator;
using Platform.Features.Identity;

namespace Platform.Features.Backups;

public sealed class ListBackupsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/backups", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListBackups(), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("ListBackups").WithTags("Backups")
            .WithSummary("The platform's complete backup archives, newest first (super_admin).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
