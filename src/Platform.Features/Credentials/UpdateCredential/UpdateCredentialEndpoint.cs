using Carter;
using Mediator;

namespace Platform.Features.Credentials;

public sealed class UpdateCredentialEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/credentials/{credentialId:guid}", async (Guid credentialId, UpdateCredentialRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateCredential(credentialId, request.Name, request.BaseUrl, request.ApiKey, request.DefaultModel, request.IsDefault), ct)))
            .WithName("UpdateCredential").WithTags("Credentials")
            .WithSummary("Rename a credential, change its base URL, key or model, or make a personal one your default.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
