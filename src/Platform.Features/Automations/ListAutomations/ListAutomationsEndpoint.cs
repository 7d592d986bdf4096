using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Automations;

public sealed class ListAutomationsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/automations", async (string? q, Guid? roomId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAutomations(q, roomId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListAutomations").WithTags("Automations")
            .WithSummary("My automations and my rooms' (or with ?roomId= one room's), newest first; ?q= searches names.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
