using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class ListPersonalApiKeysEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/api-keys", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListPersonalApiKeys(), ct)))
            .WithName("ListPersonalApiKeys").WithTags("API keys").WithSummary("My personal API keys (never the keys themselves), newest first.");
}
