using Carter;
using Mediator;
using Platform.Features.Identity;

namespace Platform.Features.Operations;

public sealed class UpdateLogExportEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/api/settings/log-export", async (LogExportRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateLogExport(request), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("UpdateLogExport").WithTags("Operations")
            .WithSummary("Ship logs to an OTLP endpoint (http or grpc) or a Seq server from now on, at a minimum level, with headers kept encrypted (administrators).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
