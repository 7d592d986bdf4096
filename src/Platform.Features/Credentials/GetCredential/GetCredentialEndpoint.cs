using Carter;
using Mediator;

namespace Platform.Features.Credentials;

public sealed class GetCredentialEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/credentials/{credentialId:guid}", async (Guid credentialId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCredential(credentialId), ct)))
            .WithName("GetCredential").WithTags("Credentials").WithSummary("One credential, its key masked.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
