using Carter;
using Mediator;

namespace Platform.Features.Knowledge;

public sealed class CreateKnowledgeBaseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/knowledge", async (CreateKnowledgeBase request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/knowledge/{created.Id}", created);
            })
            .WithName("CreateKnowledgeBase").WithTags("Knowledge").WithSummary("Create a knowledge base: documents in, hybrid search out.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
