using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Health;

public sealed class HealthRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [DatabaseHealthCheck.ReadyTag])
            .AddCheck<LanguageModelHealthCheck>(LanguageModelHealthCheck.Name, tags: [Reachability.IntegrationTag]);
}
