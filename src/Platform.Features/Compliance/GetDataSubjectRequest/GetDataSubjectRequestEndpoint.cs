using Carter;
using Mediator;

namespace Platform.Features.Compliance;

public sealed class GetDataSubjectRequestEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/compliance/gdpr/requests/{requestId:guid}", async (Guid requestId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDataSubjectRequest(requestId), ct)))
            .WithName("GetDataSubjectRequest").WithTags("Compliance")
            .WithSummary("One data subject request (to follow an export until it is completed).")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
