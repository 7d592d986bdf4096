using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Compliance;

public sealed class ListDataSubjectRequestsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/compliance/gdpr/requests", async (Guid? userId, string? kind, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDataSubjectRequests(userId, kind, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListDataSubjectRequests").WithTags("Compliance")
            .WithSummary("Data subject requests, newest first: administrators every one (?userId=, ?kind=export|erase), anyone else those about or by them.")
            .ProducesValidationProblem();
}
