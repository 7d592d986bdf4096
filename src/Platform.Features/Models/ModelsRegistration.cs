using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Models;

public sealed class ModelsRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ModelOptions>(configuration.GetSection("Platform:Models"));
        services.AddSingleton<ModelFiles>();
        services.AddSingleton<TrainingQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<TrainingQueue>());
        services.AddHostedService<InterruptedTrainingCleanup>();
    }
}
