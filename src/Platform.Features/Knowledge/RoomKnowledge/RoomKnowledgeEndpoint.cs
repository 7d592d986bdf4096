using Carter;
using Mediator;

namespace Platform.Features.Knowledge;

public sealed class RoomKnowledgeEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/rooms/{roomId:guid}/knowledge", async (Guid roomId, LinkKnowledgeRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new LinkKnowledge(roomId, request.KnowledgeBaseId), ct)))
            .WithName("LinkKnowledge").WithTags("Knowledge").WithSummary("Link a knowledge base you manage to a room you edit: its members read and search it.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGet("/api/rooms/{roomId:guid}/knowledge", async (Guid roomId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRoomKnowledge(roomId), ct)))
            .WithName("ListRoomKnowledge").WithTags("Knowledge").WithSummary("The knowledge bases linked to a room.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapDelete("/api/rooms/{roomId:guid}/knowledge/{knowledgeBaseId:guid}", async (Guid roomId, Guid knowledgeBaseId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new UnlinkKnowledge(roomId, knowledgeBaseId), ct);
                return TypedResults.NoContent();
            })
            .WithName("UnlinkKnowledge").WithTags("Knowledge").WithSummary("Unlink a knowledge base from a room (a room editor or the knowledge base's manager).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
