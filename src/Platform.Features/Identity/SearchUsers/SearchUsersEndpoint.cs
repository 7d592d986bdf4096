using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class SearchUsersEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/users/search", async (string? q, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchUsers(q ?? "", limit ?? 20), ct)))
            .WithName("SearchUsers").WithTags("Users")
            .WithSummary("People to add to a room or organisation: those I share one with (by part of their address or name), or anyone by exact address.")
            .ProducesValidationProblem();
}
