using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class CreateConversationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/conversations", async (CreateConversation request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/conversations/{created.Id}", created);
            })
            .WithName("CreateConversation").WithTags("Assistant").WithSummary("Begin a conversation, optionally named, over a room's datasets or chosen ones.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
