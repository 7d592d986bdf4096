using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class UpdateUserSettingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/user/settings", async (UpdateUserSettings request, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("UpdateUserSettings").WithTags("User settings")
            .WithSummary("Replace my preferences: a JSON object up to 64 KB; theme, locale, timeZone, notifications and shortcuts are checked.")
            .ProducesValidationProblem();
}
