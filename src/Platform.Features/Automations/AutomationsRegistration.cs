using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Automations;

public sealed class AutomationsRegistration : IAreaRegistration
{
    /// <summary>The outbound client of automations' steps: the platform's allowed hosts and <c>Platform:Automations:AllowedHosts</c>.</summary>
    public const string OutboundClient = "automations";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddKeyedSingleton(OutboundClient, (_, _) => new OutboundHttp(configuration, ["Platform:Automations:AllowedHosts"]));
        services.AddSingleton<AutomationGraphCheck>();
        services.AddSingleton<Jobs.IJobTemplateSource, AutomationTemplateSource>();
    }
}
