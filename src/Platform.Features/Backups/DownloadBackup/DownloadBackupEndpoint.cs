using Carter;
using Mediator;
using Platform.Features.Identity;

namespace Platform.Features.Backups;

public sealed class DownloadBackupEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/backups/{name}", async (string name, IMediator mediator, CancellationToken ct) =>
                Results.File(await mediator.Send(new DownloadBackup(name), ct), "application/gzip", name, enableRangeProcessing: true))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("DownloadBackup").WithTags("Backups")
            .WithSummary("Download a backup archive (super_admin); ranges are honoured, so a broken download resumes.")
            .Produces(StatusCodes.Status200OK, contentType: "application/gzip").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
