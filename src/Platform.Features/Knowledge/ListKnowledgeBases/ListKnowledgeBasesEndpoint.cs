using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

public sealed class ListKnowledgeBasesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/knowledge", async (string? q, Guid? organizationId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListKnowledgeBases(q, organizationId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListKnowledgeBases").WithTags("Knowledge")
            .WithSummary("The knowledge bases I can read (mine, my organisations', my rooms'), or with ?organizationId= one organisation's; ?q= searches names.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
