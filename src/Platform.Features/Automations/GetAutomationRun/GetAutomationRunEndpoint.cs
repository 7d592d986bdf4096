using Carter;
using Mediator;

namespace Platform.Features.Automations;

public sealed class GetAutomationRunEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/automations/{automationId:guid}/runs/{runId:guid}", async (Guid automationId, Guid runId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAutomationRun(automationId, runId), ct)))
            .WithName("GetAutomationRun").WithTags("Automations")
            .WithSummary("A run: its steps with status, inputs, outputs, errors and times, its log, and the version it ran.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
