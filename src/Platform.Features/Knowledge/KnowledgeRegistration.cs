using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Knowledge;

public sealed class KnowledgeRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KnowledgeOptions>(configuration.GetSection("Platform:Knowledge"));
        services.AddSingleton<KnowledgeFiles>();
        services.AddSingleton<KnowledgeChunks>();
        services.AddSingleton<LocalMiniLmEmbeddings>();
        services.AddSingleton<KnowledgeEmbeddings>();
        services.AddSingleton<KnowledgeIndexes>();
        services.AddSingleton<KnowledgeSearch>();
        services.AddSingleton<KnowledgeIndexer>();
        services.AddScoped<DocumentIntake>();
        services.AddSingleton<KnowledgeRemoval>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeIndexer>());
    }
}
