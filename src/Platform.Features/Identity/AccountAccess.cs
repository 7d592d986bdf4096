using System.Collections.Concurrent;
using Marten;
using Platform.Features.Common;

namespace Platform.Features.Identity;

/// <summary>What a request needs to know about its account: whether it may still sign in, and as whom.</summary>
/// <param name="SecurityVersion">Raised by every change that ends the access tokens issued before it (role, disabling, an administrator's reset).</param>
/// <param name="GroupIds">The organisation groups the person belongs to.</param>
public sealed record AccountState(string Email, string DisplayName, string Role, bool Disabled, bool MustChangePassword, int SecurityVersion, IReadOnlyList<Guid> GroupIds)
{
    /// <summary>The claims a request made by this account carries besides its identity: its groups, and whether it must change its password.</summary>
    public IEnumerable<System.Security.Claims.Claim> Claims()
    {
        foreach (var group in GroupIds) yield return new(Common.CurrentUser.GroupClaim, group.ToString());
        if (MustChangePassword) yield return new(AccountAuthorization.MustChangePasswordClaim, "true");
    }
}

/// <summary>A personal API key as authentication needs it.</summary>
public sealed record ApiKeyGrant(Guid KeyId, Guid UserId, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt);

/// <summary>
/// Every authenticated request asks here about its account (and API key), so a disabled account, a changed role or
/// a revoked key stops working at once rather than when a token expires. Answers are cached; every change queues
/// <see cref="AccessRevocations.Revoke"/> in its own transaction, and each instance forgets that user's entries
/// when the notification arrives (everyone's, after the listener reconnects).
/// </summary>
public sealed class AccountAccess
{
    private const int MaxEntries = 100_000;
    private readonly IDocumentStore _store;
    private readonly IEnumerable<IGroupMemberships> _groups;
    private readonly ForgettingCache<Guid, AccountState?> _accounts = new(MaxEntries);
    private readonly ForgettingCache<string, ApiKeyGrant> _keys = new(MaxEntries);

    public AccountAccess(IDocumentStore store, AccessRevocations revocations, IEnumerable<IGroupMemberships> groups)
    {
        _store = store;
        _groups = groups;
        revocations.Revoked += Forget;
    }

    /// <summary>The account's state, or null when it no longer exists.</summary>
    public async ValueTask<AccountState?> AccountAsync(Guid userId, CancellationToken ct)
    {
        if (_accounts.TryGet(userId, out var known)) return known;
        var generation = _accounts.Generation;
        await using var session = _store.QuerySession();
        var user = await session.LoadAsync<User>(userId, ct);
        AccountState? state = null;
        if (user is not null)
        {
            var groups = new List<Guid>();
            foreach (var source in _groups) groups.AddRange(await source.GroupsOfAsync(session, userId, ct));
            state = new AccountState(user.Email, user.DisplayName, user.Role, user.Disabled, user.MustChangePassword, user.SecurityVersion, groups);
        }
        _accounts.Remember(userId, state, generation);
        return state;
    }

    /// <summary>The live key with this hash, or null (unknown or revoked).</summary>
    public async ValueTask<ApiKeyGrant?> KeyAsync(string hash, CancellationToken ct)
    {
        if (_keys.TryGet(hash, out var known)) return known;
        var generation = _keys.Generation;
        await using var session = _store.QuerySession();
        var key = await session.Query<PersonalApiKey>().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, ct);
        if (key is null) return null; // not cached: guesses must not fill the cache
        var grant = new ApiKeyGrant(key.Id, key.UserId, key.Scopes, key.ExpiresAt);
        _keys.Remember(hash, grant, generation);
        return grant;
    }

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _keyUse = new();

    /// <summary>Whether a key's use is worth writing down now: at most once per <paramref name="every"/> per key and instance.</summary>
    public bool ShouldRecordUse(Guid keyId, DateTimeOffset now, TimeSpan every)
    {
        if (_keyUse.TryGetValue(keyId, out var recorded) && now - recorded < every) return false;
        if (_keyUse.Count >= MaxEntries) _keyUse.Clear();
        _keyUse[keyId] = now;
        return true;
    }

    private void Forget(Guid? userId)
    {
        _accounts.Forget(userId is { } id ? (account, _) => account == id : null);
        _keys.Forget(userId is { } owner ? (_, grant) => grant.UserId == owner : null);
    }
}
