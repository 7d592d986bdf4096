using Carter;
using Mediator;

namespace Platform.Features.Automations;

public sealed class GetAutomationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/automations/{automationId:guid}", async (Guid automationId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAutomation(automationId), ct)))
            .WithName("GetAutomation").WithTags("Automations").WithSummary("An automation: its current graph, inputs and triggers.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
