using Carter;
using Mediator;

namespace Platform.Features.Query;

public sealed class RunSqlEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/query/sql", async (RunSql request, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("RunSql").WithTags("Query")
            .WithSummary("Run one read-only query over a dataset, or over every dataset of a room, each by its table name.")
            .WithDescription("Queries only (SELECT, WITH, VALUES, FROM); no file access, COPY, ATTACH, INSTALL/LOAD or SET. "
                + "Stopped after the statement timeout; answers are cached by dataset versions, scope and SQL unless force is true.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
