using Carter;
using Mediator;

namespace Platform.Features.Assistant;

public sealed class ApproveToolCallEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/chat/{messageId:guid}/approvals", async (Guid messageId, ApprovalRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted($"/api/chat/{messageId}/events", await mediator.Send(new ApproveToolCall(messageId, request.CallId, request.Approve), ct)))
            .WithName("ApproveToolCall").WithTags("Agents")
            .WithSummary("Approve or refuse the tool call a turn waits on (an agent's tool marked requiresApproval); the turn goes on at once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
