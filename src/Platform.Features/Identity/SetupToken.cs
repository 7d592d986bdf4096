using System.Security.Cryptography;
using System.Text;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Features.Identity;

/// <summary>
/// The one-time secret that setup asks for, so that whoever reaches a new installation first cannot make
/// themselves its administrator: <c>Platform:Auth:SetupToken</c>, or one generated at start-up and written
/// to the service log (only the operator reads it) while no super_admin exists.
/// </summary>
public sealed class SetupToken(IOptions<AuthOptions> options)
{
    public string Value { get; } = options.Value.SetupToken is { Length: > 0 } configured ? configured : TokenIssuer.NewSecret();

    public bool Configured => options.Value.SetupToken is { Length: > 0 };

    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(Value));
}

/// <summary>Tells the operator, at start-up, how to set up an installation that has no super_admin yet.</summary>
public sealed class SetupTokenAnnouncer(IDocumentStore store, SetupToken token, ILogger<SetupTokenAnnouncer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await session.Query<User>().AnyAsync(u => u.Role == Roles.SuperAdmin, ct)) return;
        if (token.Configured)
            logger.LogInformation("No administrator yet: POST /api/auth/setup with the setupToken configured in Platform:Auth:SetupToken");
        else
            logger.LogInformation("No administrator yet: POST /api/auth/setup with setupToken {SetupToken} (generated at start-up; set Platform:Auth:SetupToken to choose one)", token.Value);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
