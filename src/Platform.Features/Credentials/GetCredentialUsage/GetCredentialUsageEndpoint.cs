using Carter;
using Mediator;

namespace Platform.Features.Credentials;

public sealed class GetCredentialUsageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/credentials/{credentialId:guid}/usage", async (Guid credentialId, int? days, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCredentialUsage(credentialId, days), ct)))
            .WithName("GetCredentialUsage").WithTags("Credentials")
            .WithSummary("Calls, failures and tokens through a credential by day (?days=, 30 unless given).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
