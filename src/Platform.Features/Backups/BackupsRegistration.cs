using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Backups;

public sealed class BackupsRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BackupOptions>(configuration.GetSection("Platform:Backups"));
        services.AddSingleton<BackupArchives>();
    }
}
