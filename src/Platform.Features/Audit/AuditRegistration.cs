using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Audit;

public sealed class AuditRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AuditRecorder>();
        services.AddSingleton<AuditChain>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditChain>());
    }
}
