using Carter;
using Mediator;

namespace Platform.Features.Compliance;

public sealed class DownloadPersonalArchiveEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/compliance/gdpr/archive/{userId:guid}", async (Guid userId, IMediator mediator, CancellationToken ct) =>
                Results.File(await mediator.Send(new DownloadPersonalArchive(userId), ct), "application/zip", $"personal-data-{userId:N}.zip", enableRangeProcessing: true))
            .WithName("DownloadPersonalArchive").WithTags("Compliance")
            .WithSummary("The latest export archive of a person (themselves or an administrator): records as JSON, datasets as CSV, models, job artifacts.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").ProducesProblem(StatusCodes.Status404NotFound);
}
