using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Webhooks;

public sealed class ListWebhooksEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/webhooks", async (Guid? roomId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListWebhooks(roomId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListWebhooks").WithTags("Webhooks").WithSummary("My webhooks and my rooms' (?roomId= one room's), newest first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
