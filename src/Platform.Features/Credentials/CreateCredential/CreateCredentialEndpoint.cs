using Carter;
using Mediator;

namespace Platform.Features.Credentials;

public sealed class CreateCredentialEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/credentials", async (CreateCredential request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/credentials/{created.Id}", created);
            })
            .WithName("CreateCredential").WithTags("Credentials")
            .WithSummary("Keep a language-model provider's key (encrypted; shown masked from now on), personal or an organisation's.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
