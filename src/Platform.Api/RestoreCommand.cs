using Platform.Api.Database;
using Platform.Features.Backups;
using Platform.Features.Common;

namespace Platform.Api;

/// <summary>
/// <c>restore ARCHIVE [--force]</c>: puts a backup archive's database and files in place of the platform's current
/// state (the service stopped), with the same configuration the service runs with, then exits.
/// </summary>
public static class RestoreCommand
{
    public static bool Matches(string[] args) => args is ["restore", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var archive = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (archive is null)
        {
            await Console.Error.WriteLineAsync("Usage: restore ARCHIVE [--force]   (--force: even while other clients are connected to the database)");
            return 2;
        }
        try
        {
            await BackupArchives.RestoreAsync(Path.GetFullPath(archive), services.GetRequiredService<DataFolder>(), services.GetRequiredService<PostgresServer>(),
                force: args.Contains("--force"), Console.WriteLine, CancellationToken.None);
            Console.WriteLine("Restored. Start the service to use it.");
            return 0;
        }
        catch (Exception e) when (e is BackupException or EmbeddedPostgresException or InvalidOperationException or IOException)
        {
            await Console.Error.WriteLineAsync($"Restore failed: {e.Message}");
            return 1;
        }
    }
}
