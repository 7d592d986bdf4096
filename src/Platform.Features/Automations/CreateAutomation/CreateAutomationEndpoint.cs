using Carter;
using Mediator;

namespace Platform.Features.Automations;

public sealed class CreateAutomationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/automations", async (CreateAutomation request, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(request, ct);
                return TypedResults.Created($"/api/automations/{created.Id}", created);
            })
            .WithName("CreateAutomation").WithTags("Automations")
            .WithSummary("Create an automation: a graph of steps and its triggers. With a webhook trigger, the answer shows its token and signing secret once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
}
