using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Query;

public sealed class QueryRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QueryOptions>(configuration.GetSection("Platform:Query"));
        services.AddSingleton<SqlGuard>();
        services.AddSingleton(provider => new QueryResultCache(
            new MemoryCache(new MemoryCacheOptions { SizeLimit = provider.GetRequiredService<IOptions<QueryOptions>>().Value.Cache.MaxBytes })));
        services.AddSingleton<QueryConnections>();
        services.AddSingleton<QueryRunner>();
        services.AddSingleton<Language.LanguageSchema>();
        services.AddSingleton<Language.SqlFromModel>();
    }
}
