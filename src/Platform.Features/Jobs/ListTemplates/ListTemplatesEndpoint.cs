using Carter;
using Mediator;

namespace Platform.Features.Jobs;

public sealed class ListTemplatesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/templates", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListTemplates(), ct)))
            .WithName("ListTemplates").WithTags("Templates")
            .WithSummary("Templates jobs are made from: each job kind, and each valid *.job_workflow.yaml (invalid files listed with their reasons).");
        app.MapGet("/api/templates/{templateId}", async (string templateId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTemplate(templateId), ct)))
            .WithName("GetTemplate").WithTags("Templates").WithSummary("One template with its input schema and steps.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
