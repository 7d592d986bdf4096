using Carter;
using Mediator;
using Platform.Features.Identity;

namespace Platform.Features.Operations;

public sealed class ListLogsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/logs", async (string? level, string? q, DateTimeOffset? from, DateTimeOffset? to, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListLogs(level, q, from, to, limit), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("ListLogs").WithTags("Operations")
            .WithSummary("This instance's recent log events, newest first (administrators): by lowest level, text and time.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
