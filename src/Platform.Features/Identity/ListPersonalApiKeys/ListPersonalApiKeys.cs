using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record ListPersonalApiKeys : IRequest<IReadOnlyList<PersonalApiKeyResponse>>;

/// <summary>My live keys (not revoked), newest first; expired ones too, marked by their expiry.</summary>
public sealed class ListPersonalApiKeysHandler(IQuerySession session, CurrentUser caller) : IRequestHandler<ListPersonalApiKeys, IReadOnlyList<PersonalApiKeyResponse>>
{
    public async ValueTask<IReadOnlyList<PersonalApiKeyResponse>> Handle(ListPersonalApiKeys request, CancellationToken ct)
    {
        var me = caller.Id;
        var keys = await session.Query<PersonalApiKey>().Where(k => k.UserId == me && k.RevokedAt == null).OrderByDescending(k => k.CreatedAt).ToListAsync(ct);
        return keys.Select(k => k.ToResponse()).ToList();
    }
}
