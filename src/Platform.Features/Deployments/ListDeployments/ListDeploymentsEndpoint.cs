using Carter;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Deployments;

public sealed class ListDeploymentsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/deployments", async (int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDeployments(offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .WithName("ListDeployments").WithTags("Deployments").WithSummary("My deployments, newest first.")
            .ProducesValidationProblem();
}
