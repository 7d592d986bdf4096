using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Automations;

public sealed class ListAutomationVersionsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/automations/{automationId:guid}/versions", async (Guid automationId, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAutomationVersions(automationId, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListAutomationVersions").WithTags("Automations")
            .WithSummary("The automation's versions, newest first: every save, with its graph, inputs schema and triggers (runs name theirs in templateVersion).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
}
