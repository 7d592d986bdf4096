using Marten;
using Mediator;

namespace Platform.Features.Identity;

public sealed record DeleteOidcSettings : IRequest;

/// <summary>Removes the saved provider (configuration's, if any, applies again); linked identities stay for a later provider of the same issuer.</summary>
public sealed class DeleteOidcSettingsHandler(IDocumentSession session) : IRequestHandler<DeleteOidcSettings>
{
    public async ValueTask<Unit> Handle(DeleteOidcSettings request, CancellationToken ct)
    {
        session.Delete<OidcSettings>(OidcSettings.SingletonId);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
