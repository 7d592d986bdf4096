using Carter;
using Mediator;

namespace Platform.Features.Datasets;

public sealed class LinkDatasetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/rooms/{roomId:guid}/datasets", async (Guid roomId, LinkDatasetRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new LinkDataset(roomId, request.DatasetId), ct)))
            .WithName("LinkRoomDataset").WithTags("Room datasets").WithSummary("Link one of your datasets to the room (editor or owner).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/rooms/{roomId:guid}/datasets", async (Guid roomId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRoomDatasets(roomId), ct)))
            .WithName("ListRoomDatasets").WithTags("Room datasets").WithSummary("Datasets linked to the room.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapDelete("/api/rooms/{roomId:guid}/datasets/{datasetId:guid}", async (Guid roomId, Guid datasetId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new UnlinkDataset(roomId, datasetId), ct);
                return TypedResults.NoContent();
            })
            .WithName("UnlinkRoomDataset").WithTags("Room datasets").WithSummary("Unlink a dataset from the room (editor or owner); the dataset stays.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
