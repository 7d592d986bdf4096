using Marten;
using JasperFx;
using Marten.Exceptions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Platform.Features.Credentials;

/// <summary>Adds calls and tokens to a credential's day; instances adding at once retry on the document's version.</summary>
public sealed class CredentialUsage(IDocumentStore store, TimeProvider clock, ILogger<CredentialUsage> logger)
{
    public async Task RecordAsync(Guid credentialId, UsageDetails? tokens, bool failed)
    {
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var id = CredentialUsageDay.IdOf(credentialId, day);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var session = store.LightweightSession();
                var usage = await session.LoadAsync<CredentialUsageDay>(id) ?? new CredentialUsageDay { Id = id, CredentialId = credentialId, Day = day };
                usage.Calls++;
                if (failed) usage.Failures++;
                usage.InputTokens += tokens?.InputTokenCount ?? 0;
                usage.OutputTokens += tokens?.OutputTokenCount ?? 0;
                session.Store(usage);
                await session.SaveChangesAsync();
                return;
            }
            catch (Exception e) when (e is ConcurrencyException or DocumentAlreadyExistsException && attempt < 5)
            {
                // Another call counted at the same moment: read its count and add again.
            }
            catch (Exception e)
            {
                // Usage is bookkeeping: a failure to count must not fail the answer.
                logger.LogWarning(e, "Could not record the use of credential {CredentialId}", credentialId);
                return;
            }
        }
    }
}
