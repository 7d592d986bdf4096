using JasperFx;
using Marten;
using Platform.Features.Common;
using Weasel.Core;

namespace Platform.Api.Database;

public static class DatabaseRegistration
{
    /// <summary>The data folder, the PostgreSQL behind it (configured or private), and Marten on top with every area's configuration.</summary>
    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(_ =>
        {
            // Created owner-only before anything writes into it.
            var folder = DataFolder.Resolve(configuration["Platform:DataDirectory"], environment.ContentRootPath);
            DataFolder.CreatePrivateDirectory(folder.Path);
            return folder;
        });
        services.AddSingleton<PlatformDatabase>();
        services.AddSingleton(provider => new PostgresServer(provider.GetRequiredService<PlatformDatabase>().ConnectionString, configuration["Platform:Postgres:BinDirectory"]));
        services.AddMarten(provider =>
            {
                var options = new StoreOptions();
                options.Connection(provider.GetRequiredService<PlatformDatabase>().ConnectionString);
                options.DatabaseSchemaName = PostgresServer.Schema;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                return options;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        return services;
    }
}
