using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed class ListMessagesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/rooms/{roomId:guid}/messages", async (Guid roomId, Guid? before, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMessages(roomId, before, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListRoomMessages").WithTags("Room chat").WithSummary("Chat history, newest first; page back with ?before=<oldest id shown>.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
