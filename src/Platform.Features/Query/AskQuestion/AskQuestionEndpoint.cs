using Carter;
using Mediator;

namespace Platform.Features.Query;

public sealed class AskQuestionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/query/nl", async (AskQuestion request, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("AskQuestion").WithTags("Query")
            .WithSummary("Answer a plain-language question about a dataset or a room's datasets: the SQL, what it computes, the rows and a chart.")
            .WithDescription("Works offline with the built-in engine. When it cannot tell what was asked, understood is false and suggestions say what it can answer. "
                + "With execute: false, returns the SQL without running it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
