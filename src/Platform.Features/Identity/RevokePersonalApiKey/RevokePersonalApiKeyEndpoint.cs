using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class RevokePersonalApiKeyEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/api-keys/{keyId:guid}", async (Guid keyId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokePersonalApiKey(keyId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokePersonalApiKey").WithTags("API keys").WithSummary("Revoke one of my API keys; it stops working at once.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
