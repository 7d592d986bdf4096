using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class DownloadJobArtifactEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/jobs/{jobId:guid}/artifact", async (Guid jobId, string? format, string? step, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new DownloadJobArtifact(jobId, format ?? "csv", step), ct);
                if (file.Format == "json") return Results.File(file.Path, file.ContentType, file.FileName);
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
                await DownloadJobArtifactHandler.WriteCsvAsync(file.Path, http.Response.Body, ct);
                return Results.Empty;
            })
            .WithName("DownloadJobArtifact").WithTags("Jobs")
            .WithSummary("The job's artifact (the whole table of its last step that kept one, or ?step=) as CSV or ?format=json.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
