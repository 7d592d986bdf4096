using Carter;
using Mediator;

namespace Platform.Features.Identity;

public sealed class CreatePersonalApiKeyEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/api-keys", async (CreatePersonalApiKey request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/api-keys/{created.Id}", created);
            })
            .WithName("CreatePersonalApiKey").WithTags("API keys")
            .WithSummary("A personal API key (pk_…) with scopes read, write, query, admin and an optional expiry; the key is shown in this answer only.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
}
