using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

public sealed class ListPublicKnowledgeEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/marketplace/knowledge", async (string? q, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPublicKnowledge(q, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListPublicKnowledge").WithTags("Knowledge").WithSummary("Public knowledge bases (readable by anyone, searchable when signed in); ?q= searches names.")
            .ProducesValidationProblem()
            .AllowAnonymous();
}
