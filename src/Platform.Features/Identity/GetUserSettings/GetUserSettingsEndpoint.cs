using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class GetUserSettingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/user/settings", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetUserSettings(), ct)))
            .WithName("GetUserSettings").WithTags("User settings").WithSummary("My preferences for the web app (an empty object until saved).");
}
