using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Automations;

public sealed class ListAutomationRunsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/automations/{automationId:guid}/runs", async (Guid automationId, string? status, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAutomationRuns(automationId, status, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListAutomationRuns").WithTags("Automations").WithSummary("The automation's runs, newest first (?status= filters).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
