using FluentValidation;
using Marten;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Webhooks;

/// <param name="EventTypes">Platform event types (dataset.ready, model.ready, job.failed, room.message…) or * for all.</param>
/// <param name="RoomId">A room's webhook: the room's events, managed by its editors; your own events when left out.</param>
public sealed record CreateWebhook(string Url, IReadOnlyList<string> EventTypes, string? Description, Guid? RoomId, bool? Enabled) : IRequest<WebhookResponse>;

public sealed class CreateWebhookValidator : AbstractValidator<CreateWebhook>
{
    public CreateWebhookValidator([FromKeyedServices(WebhooksRegistration.OutboundClient)] OutboundHttp outbound)
    {
        RuleFor(x => x.Url).NotEmpty().IsWebhookUrl(outbound);
        RuleFor(x => x.EventTypes).NotNull().AreEventTypes();
        RuleFor(x => x.Description).MaximumLength(500);
    }
}

/// <summary>Makes the webhook with a new signing secret, shown in this answer only.</summary>
public sealed class CreateWebhookHandler(IDocumentSession session, CurrentUser caller, SecretProtection protection, TimeProvider clock)
    : IRequestHandler<CreateWebhook, WebhookResponse>
{
    public async ValueTask<WebhookResponse> Handle(CreateWebhook request, CancellationToken ct)
    {
        if (request.RoomId is { } roomId) await session.RequireAsync(roomId, caller, RoomRole.Editor, ct);
        var secret = WebhookSigning.NewSecret();
        var now = clock.GetUtcNow();
        var webhook = new Webhook
        {
            Id = Guid.CreateVersion7(), OwnerId = caller.Id, RoomId = request.RoomId, Url = request.Url.Trim(), Description = request.Description?.Trim() ?? "",
            EventTypes = [.. request.EventTypes.Distinct()], ProtectedSecret = protection.Protect(secret), Enabled = request.Enabled ?? true, CreatedAt = now, UpdatedAt = now,
        };
        session.Insert(webhook);
        await session.SaveChangesAsync(ct);
        return WebhookResponse.From(webhook, secret);
    }
}
