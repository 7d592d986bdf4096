using Carter;
using Mediator;

namespace Platform.Features.Credentials;

public sealed class ClearOrganizationDefaultCredentialEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/organizations/{organizationId:guid}/default-credential", async (Guid organizationId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ClearOrganizationDefaultCredential(organizationId), ct);
                return TypedResults.NoContent();
            })
            .WithName("ClearOrganizationDefaultCredential").WithTags("Credentials")
            .WithSummary("The organisation has no default credential any more: members without their own use the server's model.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
