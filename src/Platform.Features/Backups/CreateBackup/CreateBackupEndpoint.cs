using Carter;
using Mediator;
using Platform.Features.Identity;
using Platform.Features.Jobs;

namespace Platform.Features.Backups;

public sealed class CreateBackupEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/backups", async (IMediator mediator, CancellationToken ct) =>
            {
                var job = await mediator.Send(new CreateBackup(), ct);
                return TypedResults.Accepted($"/api/jobs/{job.Id}", job);
            })
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("CreateBackup").WithTags("Backups")
            .WithSummary("Back up the platform (super_admin): a job archiving the database and the data folder's files; its output names the archive.")
            .Produces<JobResponse>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status403Forbidden);
}
