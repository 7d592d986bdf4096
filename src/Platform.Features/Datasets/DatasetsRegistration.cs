using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Datasets;

public sealed class DatasetsRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatasetOptions>(configuration.GetSection("Platform:Datasets"));
        services.AddSingleton<DatasetFiles>();
        services.AddScoped<DatasetVersions>();
        services.AddSingleton<DatasetIngests>();
        services.AddHostedService(sp => sp.GetRequiredService<DatasetIngests>());
        services.AddHostedService<InterruptedIngestCleanup>();
    }
}
