using Carter;
using Mediator;

namespace Platform.Features.Credentials;

public sealed class SetOrganizationDefaultCredentialEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/organizations/{organizationId:guid}/default-credential",
                async (Guid organizationId, SetOrganizationDefaultCredentialRequest request, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new SetOrganizationDefaultCredential(organizationId, request.CredentialId), ct)))
            .WithName("SetOrganizationDefaultCredential").WithTags("Credentials")
            .WithSummary("Make one of the organisation's credentials its default: members without a default of their own use it (admins and owners).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
