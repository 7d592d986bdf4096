using Carter;
using Mediator;

namespace Platform.Features.Credentials;

public sealed class DeleteCredentialEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/credentials/{credentialId:guid}", async (Guid credentialId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteCredential(credentialId), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCredential").WithTags("Credentials")
            .WithSummary("Delete a credential and its usage; where it was an organisation's default, members fall back to the server's model.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
