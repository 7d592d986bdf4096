using Carter;
using Mediator;

namespace Platform.Features.Credentials;

public sealed class VerifyCredentialEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/credentials/{credentialId:guid}/verify", async (Guid credentialId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyCredential(credentialId), ct)))
            .WithName("VerifyCredential").WithTags("Credentials")
            .WithSummary("Check the key with the provider (its model list): valid, the models offered, or why not.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
