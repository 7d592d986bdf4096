using System.ClientModel;
using Marten;
using Marten.Patching;
using Mediator;
using OpenAI.Models;
using Platform.Features.Common;

namespace Platform.Features.Credentials;

public sealed record VerifyCredential(Guid CredentialId) : IRequest<CredentialCheck>;

/// <summary>Asks the provider for its model list with the credential's key, and keeps the outcome on the credential.</summary>
public sealed class VerifyCredentialHandler(IDocumentSession session, CurrentUser caller, CredentialLanguageModels models, OutboundHttp outbound, TimeProvider clock)
    : IRequestHandler<VerifyCredential, CredentialCheck>
{
    public async ValueTask<CredentialCheck> Handle(VerifyCredential request, CancellationToken ct)
    {
        var credential = await session.RequireAsync(request.CredentialId, caller, ct);
        var options = models.CredentialOptions(credential);
        CredentialCheck check;
        try
        {
            var client = new OpenAIModelClient(ConfiguredLanguageModels.Credential(options), ConfiguredLanguageModels.Endpoint(options, outbound.Client));
            var listed = await client.GetModelsAsync(ct);
            check = new CredentialCheck(true, listed.Value.Select(m => m.Id).Order(StringComparer.Ordinal).Take(100).ToList(), null, clock.GetUtcNow());
        }
        catch (ClientResultException e) when (e.Status != 0)
        {
            check = new CredentialCheck(false, [], e.Status is 401 or 403 ? $"The provider refused the key ({e.Status})." : $"The provider answered {e.Status}.", clock.GetUtcNow());
        }
        catch (Exception e) when (e is ClientResultException or HttpRequestException or TaskCanceledException or TimeoutException && !ct.IsCancellationRequested)
        {
            check = new CredentialCheck(false, [], $"The provider could not be reached: {Innermost(e).Message}", clock.GetUtcNow());
        }
        session.Patch<Credential>(credential.Id).Set(c => c.LastCheck, check);
        await session.SaveChangesAsync(ct);
        return check;
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
