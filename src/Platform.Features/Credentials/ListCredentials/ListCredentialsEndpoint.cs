using Carter;
using Mediator;

namespace Platform.Features.Credentials;

public sealed class ListCredentialsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/credentials", async (Guid? organizationId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCredentials(organizationId), ct)))
            .WithName("ListCredentials").WithTags("Credentials")
            .WithSummary("Your credentials and those of the organisations you administer (keys masked); ?organizationId= for one organisation's.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
