using Carter;
using Mediator;
using Platform.Features.Identity;

namespace Platform.Features.Backups;

public sealed class DeleteBackupEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/backups/{name}", async (string name, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteBackup(name), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("DeleteBackup").WithTags("Backups")
            .WithSummary("Delete a backup archive (super_admin).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
