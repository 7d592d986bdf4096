using FluentValidation;
using Marten;
using Marten.Linq;
using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Webhooks;

public sealed record ListWebhookDeliveries(Guid WebhookId, string? Status, int Offset, int Limit) : IRequest<Page<WebhookDeliveryResponse>>, IPagedRequest;

public sealed class ListWebhookDeliveriesValidator : AbstractValidator<ListWebhookDeliveries>
{
    public ListWebhookDeliveriesValidator() =>
        RuleFor(x => x.Status).Must(s => s is null || WebhookDeliveryStatus.All.Contains(s))
            .WithMessage($"'status' must be one of: {string.Join(", ", WebhookDeliveryStatus.All)}.");
}

/// <summary>The webhook's deliveries, newest first, each with its attempts.</summary>
public sealed class ListWebhookDeliveriesHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListWebhookDeliveries, Page<WebhookDeliveryResponse>>
{
    public async ValueTask<Page<WebhookDeliveryResponse>> Handle(ListWebhookDeliveries request, CancellationToken ct)
    {
        var webhook = await session.RequireWebhookAsync(request.WebhookId, caller, RoomRole.Viewer, ct);
        var query = session.Query<WebhookDelivery>().Stats(out QueryStatistics stats).Where(d => d.WebhookId == webhook.Id);
        if (request.Status is { } status) query = query.Where(d => d.Status == status);
        var page = await query.OrderByDescending(d => d.CreatedAt).Skip(request.Offset).Take(request.Limit).ToListAsync(ct);
        return new(page.Select(WebhookDeliveryResponse.From).ToList(), stats.TotalResults);
    }
}
