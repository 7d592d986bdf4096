using Carter;
using Mediator;
using Platform.Features.Identity;

namespace Platform.Features.Operations;

public sealed class TestLogExportEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/settings/log-export/test", async (LogExportRequest? request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TestLogExport(request), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("TestLogExport").WithTags("Operations")
            .WithSummary("Send one test event to the given destination (or the saved one) and say whether it was accepted (administrators).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
