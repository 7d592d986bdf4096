using Microsoft.Extensions.Configuration;
using Platform.Features.Common;
using Platform.Features.Notebooks.Kernels;

namespace Platform.Features.Notebooks;

public sealed class NotebooksRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotebookOptions>(configuration.GetSection("Platform:Notebooks"));
        services.AddSingleton<Sandbox>();
        services.AddSingleton<KernelSessions>();
        services.AddHostedService(sp => sp.GetRequiredService<KernelSessions>());
        services.AddSingleton<CellRunner>();
        services.AddSingleton<RuntimeCheck>();
    }
}
