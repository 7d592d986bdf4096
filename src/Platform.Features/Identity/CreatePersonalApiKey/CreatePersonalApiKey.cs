using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Identity;

public sealed record CreatePersonalApiKey(string Name, IReadOnlyList<string>? Scopes, DateTimeOffset? ExpiresAt) : IRequest<CreatedPersonalApiKey>;

public sealed class CreatePersonalApiKeyValidator : AbstractValidator<CreatePersonalApiKey>
{
    public const int MaxKeysPerUser = 50;

    public CreatePersonalApiKeyValidator(TimeProvider clock)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100).Must(n => n.Trim().Length > 0).WithMessage("'name' must not be blank.");
        RuleFor(x => x.Scopes).NotEmpty().WithMessage("'scopes' must name at least one of read, write, query, admin.")
            .Must(s => s!.Count <= ApiKeyScopes.All.Count && s.All(ApiKeyScopes.All.Contains)).WithMessage("'scopes' may hold only read, write, query and admin.");
        RuleFor(x => x.ExpiresAt).Must(e => e is null || e > clock.GetUtcNow()).WithMessage("'expiresAt' must be in the future.");
    }
}

/// <summary>A new personal key: only its hash is kept, the key is in this answer only.</summary>
public sealed class CreatePersonalApiKeyHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CreatePersonalApiKey, CreatedPersonalApiKey>
{
    public async ValueTask<CreatedPersonalApiKey> Handle(CreatePersonalApiKey request, CancellationToken ct)
    {
        var me = caller.Id;
        if (await session.Query<PersonalApiKey>().CountAsync(k => k.UserId == me && k.RevokedAt == null, ct) >= CreatePersonalApiKeyValidator.MaxKeysPerUser)
            throw ProblemException.Conflict($"You have {CreatePersonalApiKeyValidator.MaxKeysPerUser} keys already: revoke one first.");
        if (request.Scopes!.Contains(ApiKeyScopes.Admin) && !caller.IsAdmin)
            throw ProblemException.Forbidden("Only administrators may give a key the admin scope.");
        if (caller.KeyScopes is { } own && !request.Scopes!.All(own.Contains))
            throw ProblemException.Forbidden("A key may only make keys with scopes it has itself.");
        var secret = PersonalApiKey.Prefix + TokenIssuer.NewSecret();
        var key = new PersonalApiKey
        {
            Id = Guid.CreateVersion7(), UserId = me, Name = request.Name.Trim(), Start = secret[..10], Hash = TokenIssuer.Hash(secret),
            Scopes = request.Scopes!.Distinct().ToList(), CreatedAt = clock.GetUtcNow(), ExpiresAt = request.ExpiresAt,
        };
        session.Insert(key);
        session.Events.Append(me, new ApiKeyCreated(key.Id, key.Name, key.Scopes));
        await session.SaveChangesAsync(ct);
        return new CreatedPersonalApiKey(key.Id, key.Name, secret, key.Scopes, key.CreatedAt, key.ExpiresAt);
    }
}
