using Carter;
using Mediator;
using Platform.Features.Identity;

namespace Platform.Features.Operations;

public sealed class GetLogExportEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/settings/log-export", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetLogExport(), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("GetLogExport").WithTags("Operations")
            .WithSummary("Where logs are shipped (administrators): an OTLP endpoint or a Seq server; header values are not shown.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
