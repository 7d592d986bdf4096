using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class GetMeEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/auth/me", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMe(), ct)))
            .WithName("GetMe").WithTags("Auth").WithSummary("The signed-in user.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AllowedBeforePasswordChange();
}
