using Microsoft.Extensions.Configuration;
using Platform.Features.Common;
using Serilog.Core;

namespace Platform.Features.Operations;

public sealed class OperationsRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new LogRing(configuration.GetValue("Platform:Logs:RingSize", 5000)));
        // The host's Serilog takes every sink registered in the container.
        services.AddSingleton<ILogEventSink>(provider => provider.GetRequiredService<LogRing>());
        services.AddSingleton<LogShipper>();
        services.AddSingleton<ILogEventSink>(provider => provider.GetRequiredService<LogShipper>());
        services.AddHostedService(provider => provider.GetRequiredService<LogShipper>());
        services.AddHealthChecks().AddCheck<LogExportHealthCheck>(LogExportHealthCheck.Name, tags: [Reachability.IntegrationTag]);
    }
}
