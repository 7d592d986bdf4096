using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class GetAuthStatusEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/auth/status", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetAuthStatus(), ct)))
            .WithName("GetAuthStatus").WithTags("Auth").WithSummary("Whether sign-in is required and whether the first user exists.")
            .AllowAnonymous();
}
