using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed class ListWaitlistEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/waitlist", async (string? status, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListWaitlist(status ?? "waiting", offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("ListWaitlist").WithTags("Sign-up").WithSummary("People asking to join, oldest first (admin); ?status=waiting|approved|rejected.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
