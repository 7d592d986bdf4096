using Carter;
using Mediator;

namespace Platform.Features.Compliance;

public sealed class ExportDataEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/export", async (ExportData? request, IMediator mediator, CancellationToken ct) =>
            {
                var archive = await mediator.Send(request ?? new ExportData(), ct);
                return Results.File(archive.Content, "application/zip", archive.FileName);
            })
            .WithName("ExportData").WithTags("Compliance")
            .WithSummary("Your data, or an organisation's (its admins and owners), as a zip: every record naming it as JSON, datasets as CSV, models and job artifacts.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
