using Carter;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Identity;

namespace Platform.Features.Assistant;

public sealed class ListFeedbackEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/admin/feedback", async (string? rating, int? offset, int? limit, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListFeedback(rating, offset ?? 0, limit ?? Paging.DefaultLimit), ct)))
            .RequireAuthorization(IdentityRegistration.AdminPolicy)
            .WithName("ListFeedback").WithTags("Assistant")
            .WithSummary("Rated answers with their question and SQL (and the corrected SQL), newest first; ?rating=up|down. Administrators only.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
}
