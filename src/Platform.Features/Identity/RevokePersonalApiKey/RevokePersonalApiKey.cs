using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record RevokePersonalApiKey(Guid KeyId) : IRequest<Unit>;

/// <summary>Revokes one of my keys; it stops working at once on every instance.</summary>
public sealed class RevokePersonalApiKeyHandler(AccessRevocations revocations, IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<RevokePersonalApiKey, Unit>
{
    public async ValueTask<Unit> Handle(RevokePersonalApiKey request, CancellationToken ct)
    {
        var key = await session.LoadAsync<PersonalApiKey>(request.KeyId, ct);
        if (key is null || key.UserId != caller.Id || key.RevokedAt is not null)
            throw new ProblemException(StatusCodes.Status404NotFound, "Not found", "No such API key.");
        key.RevokedAt = clock.GetUtcNow();
        session.Update(key);
        session.Events.Append(key.UserId, new ApiKeyRevoked(key.Id));
        revocations.Revoke(session, key.UserId, endStreams: false);
        await session.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
