using Platform.Features.Common;

namespace Platform.Api.Database;

/// <summary>
/// The PostgreSQL the platform keeps its state in: <c>ConnectionStrings:Postgres</c> when set,
/// otherwise a private server started on first use and stopped with the host.
/// </summary>
public sealed class PlatformDatabase(IConfiguration configuration, DataFolder dataFolder) : IDisposable
{
    private EmbeddedPostgres? _embedded;
    private string? _connectionString;
    private readonly Lock _gate = new();

    public string ConnectionString
    {
        get
        {
            lock (_gate)
            {
                return _connectionString ??= configuration.GetConnectionString("Postgres") is { Length: > 0 } configured
                    ? configured
                    : (_embedded = EmbeddedPostgres.Start(dataFolder.Path,
                        configuration.GetValue("Platform:Postgres:Port", 0), configuration["Platform:Postgres:BinDirectory"])).ConnectionString;
            }
        }
    }

    public void Dispose() => _embedded?.Dispose();
}
