using Carter;
using Mediator;

namespace Platform.Features.Automations;

public sealed class ValidateAutomationGraphEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/automations/builder/validate", async (ValidateAutomationGraph request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .WithName("ValidateAutomationGraph").WithTags("Automations")
            .WithSummary("Check a draft graph without saving it: every problem (unknown kind, missing input, cycle, unreachable node, placeholder naming nothing) with its node or edge.")
            .ProducesValidationProblem();
}
