using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class UpdateProfileEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/auth/profile", async (UpdateProfileRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("UpdateProfile").WithTags("Auth").WithSummary("Change the signed-in user's display name.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
}
