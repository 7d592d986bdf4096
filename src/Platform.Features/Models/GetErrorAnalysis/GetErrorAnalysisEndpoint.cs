using Carter;
using Mediator;

namespace Platform.Features.Models;

public sealed class GetErrorAnalysisEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/experiments/{modelId:guid}/error-analysis", async (Guid modelId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetErrorAnalysis(modelId), ct)))
            .WithName("GetErrorAnalysis").WithTags("Experiments").WithSummary("The worst held-out predictions and the error per category segment.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
