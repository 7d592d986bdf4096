using Carter;
using Mediator;

namespace Platform.Features.Organizations;

public sealed class GetMyPermissionsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/auth/my-permissions", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMyPermissions(), ct)))
            .WithName("GetMyPermissions").WithTags("Auth")
            .WithSummary("What I may do: my platform role, my organisations with my role and groups in each, and my API key's scopes when I use one.");
}
