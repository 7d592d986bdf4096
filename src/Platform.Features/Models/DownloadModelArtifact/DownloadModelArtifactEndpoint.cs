using Carter;
using Mediator;

namespace Platform.Features.Models;

public sealed class DownloadModelArtifactEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/models/{modelId:guid}/artifact", async (Guid modelId, IMediator mediator, CancellationToken ct) =>
            {
                var artifact = await mediator.Send(new DownloadModelArtifact(modelId), ct);
                return TypedResults.Stream(artifact.Content, "application/zip", artifact.FileName);
            })
            .WithName("DownloadModelArtifact").WithTags("Models").WithSummary("The trained model as an ML.NET zip (load it with MLContext.Model.Load).")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/zip")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
