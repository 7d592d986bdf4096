using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed class ListConversationsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/conversations", async (string? q, string? name, Guid? roomId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListConversations(q, name, roomId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListConversations").WithTags("Assistant").WithSummary("My conversations, the latest active first; ?q= searches titles, ?name= finds a named one, ?roomId= one room's.")
            .ProducesValidationProblem();
}
