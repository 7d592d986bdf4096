using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Deployments;

public sealed record CreateApiKey(Guid DeploymentId, string Name) : IRequest<CreatedApiKey>;

public sealed record CreateApiKeyBody(string Name);

/// <param name="Key">Shown only in this answer: keep it; only its hash is stored.</param>
public sealed record CreatedApiKey(Guid Id, string Name, string Key, string Prefix, DateTimeOffset CreatedAt);

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKey>
{
    public CreateApiKeyValidator() => RuleFor(x => x.Name).NotEmpty().Must(n => n.Trim().Length > 0).WithMessage("'Name' must not be blank.").MaximumLength(200);
}

public sealed class CreateApiKeyHandler(IDocumentSession session, CurrentUser caller, TimeProvider clock) : IRequestHandler<CreateApiKey, CreatedApiKey>
{
    public async ValueTask<CreatedApiKey> Handle(CreateApiKey request, CancellationToken ct)
    {
        var deployment = await session.RequireOwnDeploymentAsync(request.DeploymentId, caller, ct);
        var key = DeploymentKey.KeyPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var stored = new DeploymentKey
        {
            Id = Guid.CreateVersion7(), DeploymentId = deployment.Id, Name = request.Name.Trim(), Prefix = key[..10], Hash = ApiKeys.Hash(key), CreatedAt = clock.GetUtcNow(),
        };
        session.Insert(stored);
        await session.SaveChangesAsync(ct);
        return new CreatedApiKey(stored.Id, stored.Name, key, stored.Prefix, stored.CreatedAt);
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public static class ApiKeys
{
    /// <summary>SHA-256 suffices: keys are 256 random bits, so there is nothing to guess by brute force.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
