using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Webhooks;

/// <param name="Enabled">true enables a disabled webhook again (its failure count starts afresh).</param>
public sealed record UpdateWebhookRequest(string? Url, IReadOnlyList<string>? EventTypes, string? Description, bool? Enabled);

public sealed record UpdateWebhook(Guid WebhookId, UpdateWebhookRequest Changes) : IRequest<WebhookResponse>;

public sealed class UpdateWebhookValidator : AbstractValidator<UpdateWebhook>
{
    public UpdateWebhookValidator([FromKeyedServices(WebhooksRegistration.OutboundClient)] OutboundHttp outbound)
    {
        RuleFor(x => x.Changes).NotNull();
        When(x => x.Changes is not null, () =>
        {
            RuleFor(x => x.Changes.Url).Must(u => u is null || u.Trim().Length > 0).WithMessage("'url' must not be blank.").IsWebhookUrl(outbound).OverridePropertyName("url");
            RuleFor(x => x.Changes.EventTypes).AreEventTypes().OverridePropertyName("eventTypes");
            RuleFor(x => x.Changes.Description).MaximumLength(500).OverridePropertyName("description");
        });
    }
}

public sealed class UpdateWebhookHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateWebhook, WebhookResponse>
{
    public async ValueTask<WebhookResponse> Handle(UpdateWebhook request, CancellationToken ct)
    {
        var webhook = await session.RequireWebhookAsync(request.WebhookId, caller, RoomRole.Editor, ct);
        var changes = request.Changes;
        if (changes.Url is not null) webhook.Url = changes.Url.Trim();
        if (changes.EventTypes is not null) webhook.EventTypes = [.. changes.EventTypes.Distinct()];
        if (changes.Description is not null) webhook.Description = changes.Description.Trim();
        if (changes.Enabled is { } enabled)
        {
            if (enabled && !webhook.Enabled)
            {
                webhook.DisabledReason = null;
                webhook.ConsecutiveFailures = 0;
            }
            webhook.Enabled = enabled;
        }
        webhook.UpdatedAt = clock.GetUtcNow();
        session.Update(webhook);
        await session.SaveChangesAsync(ct);
        return WebhookResponse.From(webhook);
    }
}
