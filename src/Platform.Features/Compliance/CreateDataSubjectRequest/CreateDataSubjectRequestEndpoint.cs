using Carter;
using Mediator;

namespace Platform.Features.Compliance;

public sealed class CreateDataSubjectRequestEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/compliance/gdpr/requests", async (CreateDataSubjectRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                var location = $"/api/compliance/gdpr/requests/{created.Id}";
                return created.Status == DataSubjectRequestStatus.Processing ? Results.Accepted(location, created) : Results.Created(location, created);
            })
            .WithName("CreateDataSubjectRequest").WithTags("Compliance")
            .WithSummary("Open a data subject request for yourself or (administrators) anyone: export (202; a job writes the archive) or erase (201; done at once, with \"confirm\": true).")
            .Produces<DataSubjectRequestResponse>(StatusCodes.Status201Created).Produces<DataSubjectRequestResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
