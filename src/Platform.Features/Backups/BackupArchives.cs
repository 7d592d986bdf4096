using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Features.Common;

namespace Platform.Features.Backups;

public sealed class BackupOptions
{
    /// <summary>Where archives are written; a relative folder is taken inside the data folder.</summary>
    public string Directory { get; set; } = "backups";

    /// <summary>How many archives are kept: the oldest beyond are deleted once a new one is complete. 0 keeps every one.</summary>
    public int Keep { get; set; } = 10;
}

/// <summary>Something about a backup or a restore that a person must act on (a tool missing, an archive not ours).</summary>
public sealed class BackupException(string message) : Exception(message);

public sealed record BackupManifest(int Format, DateTimeOffset CreatedAt, string Schema, string ServerVersion, int Files, long FileBytes);

public sealed record BackupInfo(string Name, long Bytes, DateTimeOffset CreatedAt);

/// <summary>
/// Backup archives (<c>platform-{utc}-{random}.tar.gz</c>): <c>manifest.json</c>, <c>database.dump</c> (pg_dump's custom
/// format of the platform's schema) and <c>files/</c> (the areas' folders of the data folder and its keys). Written
/// under a <c>.partial</c> name and renamed once complete, so a listed archive is always whole.
/// </summary>
public sealed partial class BackupArchives(DataFolder dataFolder, PostgresServer postgres, IOptions<BackupOptions> options, TimeProvider clock)
{
    public const int Format = 1;

    /// <summary>
    /// The data folder's part of the state: the files areas keep (datasets, models, job artifacts) and the keys that
    /// decrypt stored secrets and sign tokens. Not the PostgreSQL cluster (dumped instead), uploads in progress or spill.
    /// An area that keeps files adds its folder here.
    /// </summary>
    private static readonly string[] Folders = ["datasets", "models", "jobs", "knowledge"];
    private static readonly string[] KeyFiles = ["secrets.key", "auth-signing.key"];

    public string Directory => Path.Combine(dataFolder.Path, options.Value.Directory);

    [GeneratedRegex(@"^platform-\d{8}-\d{6}-[0-9a-f]{6}\.tar\.gz$")]
    private static partial Regex ArchiveName();

    public IReadOnlyList<BackupInfo> List() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.GetFiles(Directory, "platform-*.tar.gz").Select(path => new FileInfo(path)).Where(f => ArchiveName().IsMatch(f.Name))
            .OrderByDescending(f => f.LastWriteTimeUtc).ThenByDescending(f => f.Name, StringComparer.Ordinal)
            .Select(f => new BackupInfo(f.Name, f.Length, new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero))).ToList()
        : [];

    /// <summary>The complete archive of that name, for a super_admin; any other name is a 404, never a path outside the folder.</summary>
    public string Require(string name, CurrentUser caller)
    {
        if (!caller.IsSuperAdmin) throw ProblemException.Forbidden("Only a super_admin may read or delete the platform's backups.");
        return ArchiveName().IsMatch(name) && File.Exists(Path.Combine(Directory, name))
            ? Path.Combine(Directory, name)
            : throw new ProblemException(StatusCodes.Status404NotFound, "Backup not found", $"There is no complete backup '{name}'; see GET /api/backups.");
    }

    public async Task<(BackupInfo Archive, BackupManifest Manifest)> CreateAsync(IDocumentStore store, Action<string> log, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var name = $"platform-{now:yyyyMMdd-HHmmss}-{RandomNumberGenerator.GetHexString(6, lowercase: true)}.tar.gz";
        DataFolder.CreatePrivateDirectory(Directory);
        var archive = Path.Combine(Directory, name);
        var partial = archive + ".partial";
        var dump = Path.Combine(Directory, $".{name}.dump");
        var files = new SortedDictionary<string, Stream>(StringComparer.Ordinal);
        try
        {
            // Opened before the dump: a file deleted while the database is dumped is still read as it was.
            OpenFiles(files);
            var (code, errors) = await postgres.RunToolAsync("pg_dump",
                ["--format=custom", $"--schema={PostgresServer.Schema}", "--no-owner", "--no-privileges", "--lock-wait-timeout=60000", $"--file={dump}"], ct);
            if (code != 0) throw new BackupException($"pg_dump failed: {errors}");
            log($"Dumped the database ({new FileInfo(dump).Length:N0} bytes).");
            // And those created while it was dumped: the dump may already name them.
            OpenFiles(files);

            var manifest = new BackupManifest(Format, now, PostgresServer.Schema, await ServerVersionAsync(store, ct), files.Count, files.Values.Sum(f => f.Length));
            await using (var output = DataFolder.CreatePrivateFile(partial))
            await using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
            await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
            {
                await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "manifest.json")
                    { DataStream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(manifest, JsonSerializerOptions.Web)) }, ct);
                await tar.WriteEntryAsync(dump, "database.dump", ct);
                foreach (var (relative, stream) in files)
                    await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "files/" + relative) { DataStream = stream }, ct);
            }
            File.Move(partial, archive);
            log($"Wrote {name}: {manifest.Files} files ({manifest.FileBytes:N0} bytes) and the database.");
            Prune(log);
            var info = new FileInfo(archive);
            return (new BackupInfo(name, info.Length, now), manifest);
        }
        finally
        {
            foreach (var stream in files.Values) await stream.DisposeAsync();
            File.Delete(dump);
            File.Delete(partial);
        }
    }

    private void OpenFiles(SortedDictionary<string, Stream> files)
    {
        foreach (var path in KeyFiles.Select(k => Path.Combine(dataFolder.Path, k)).Where(File.Exists)
                     .Concat(Folders.Select(f => Path.Combine(dataFolder.Path, f)).Where(System.IO.Directory.Exists)
                         .SelectMany(f => System.IO.Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))))
        {
            var relative = Path.GetRelativePath(dataFolder.Path, path).Replace('\\', '/');
            // DuckDB's spill of a running query and uploads still arriving are no part of the state.
            if (files.ContainsKey(relative) || relative.Contains(".spill/", StringComparison.Ordinal) || relative.Contains("/uploads/", StringComparison.Ordinal)) continue;
            try
            {
                files[relative] = new FileSnapshot(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
            }
            catch (FileNotFoundException)
            {
                // Deleted between listing and opening: not part of the state any more.
            }
        }
    }

    private void Prune(Action<string> log)
    {
        if (options.Value.Keep <= 0) return;
        foreach (var old in List().Skip(options.Value.Keep))
        {
            File.Delete(Path.Combine(Directory, old.Name));
            log($"Deleted {old.Name} (keeping the newest {options.Value.Keep}).");
        }
    }

    private static async Task<string> ServerVersionAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.QueryAsync<string>("select current_setting('server_version')", ct)).Single();
    }

    /// <summary>
    /// Puts an archive's state in place of the current one: the schema is dropped and restored in one transaction (a
    /// failure leaves the database as it was), then the data folder's areas and keys are swapped for the archive's.
    /// </summary>
    /// <param name="force">Restore even while other clients (a running service) are connected to the database.</param>
    public static async Task<BackupManifest> RestoreAsync(string archive, DataFolder dataFolder, PostgresServer postgres, bool force, Action<string> log, CancellationToken ct)
    {
        if (!File.Exists(archive)) throw new BackupException($"There is no file {archive}.");
        var work = Path.Combine(dataFolder.Path, $".restore-{Guid.NewGuid():N}");
        DataFolder.CreatePrivateDirectory(work);
        try
        {
            var manifest = await UnpackAsync(archive, work, ct);
            log($"Archive of {manifest.CreatedAt:u}: {manifest.Files} files ({manifest.FileBytes:N0} bytes) and the database (PostgreSQL {manifest.ServerVersion}).");

            await using (var connection = new NpgsqlConnection(postgres.ConnectionString))
            {
                await connection.OpenAsync(ct);
                await using var others = new NpgsqlCommand(
                    "select count(*) from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()", connection);
                // A service stopped a moment ago still has backends on their way out: they are given five seconds to go (two
                // were not always enough on a loaded machine).
                var connected = (long)(await others.ExecuteScalarAsync(ct))!;
                for (var waited = 0; connected > 0 && !force && waited < 50; waited++)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
                    connected = (long)(await others.ExecuteScalarAsync(ct))!;
                }
                if (connected > 0 && !force)
                    throw new BackupException($"{connected} other connections to the database are open: stop the service first (or restore with --force).");
            }

            var script = Path.Combine(work, "restore.sql");
            var (code, errors) = await postgres.RunToolAsync("pg_restore", ["--no-owner", "--no-privileges", $"--file={script}", Path.Combine(work, "database.dump")], ct);
            if (code != 0) throw new BackupException($"pg_restore could not read the dump: {errors}");
            (code, errors) = await postgres.RunToolAsync("psql",
                ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction", "--output=/dev/null",
                    $"--command=DROP SCHEMA IF EXISTS {PostgresServer.Schema} CASCADE", $"--file={script}"], ct);
            if (code != 0) throw new BackupException($"Restoring the database failed, and it was left as it was: {errors}");
            log("Restored the database.");

            var restored = Path.Combine(work, "files");
            var replaced = Path.Combine(work, "replaced");
            DataFolder.CreatePrivateDirectory(replaced);
            foreach (var folder in Folders)
            {
                var current = Path.Combine(dataFolder.Path, folder);
                if (System.IO.Directory.Exists(current)) System.IO.Directory.Move(current, Path.Combine(replaced, folder));
                if (System.IO.Directory.Exists(Path.Combine(restored, folder))) System.IO.Directory.Move(Path.Combine(restored, folder), current);
            }
            foreach (var key in KeyFiles.Where(k => File.Exists(Path.Combine(restored, k))))
                File.Move(Path.Combine(restored, key), Path.Combine(dataFolder.Path, key), overwrite: true);
            log($"Restored {manifest.Files} files into {dataFolder.Path}.");
            return manifest;
        }
        finally
        {
            System.IO.Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<BackupManifest> UnpackAsync(string archive, string work, CancellationToken ct)
    {
        BackupManifest? manifest = null;
        var dumped = false;
        try
        {
            await using var file = File.OpenRead(archive);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            await using var tar = new TarReader(gzip);
            while (await tar.GetNextEntryAsync(cancellationToken: ct) is { } entry)
            {
                if (entry.EntryType != TarEntryType.RegularFile) continue;
                if (entry.Name == "manifest.json")
                {
                    manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(entry.DataStream!, JsonSerializerOptions.Web, ct);
                    if (manifest is not { Format: Format }) throw new BackupException($"{archive} is a backup of another format ({manifest?.Format}); this version reads format {Format}.");
                    continue;
                }
                if (entry.Name != "database.dump" && !entry.Name.StartsWith("files/", StringComparison.Ordinal)) continue;
                var target = Path.GetFullPath(Path.Combine(work, entry.Name));
                if (!target.StartsWith(work + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new BackupException($"{archive} holds a path outside its own folders ({entry.Name}).");
                DataFolder.CreatePrivateDirectory(Path.GetDirectoryName(target)!);
                await entry.ExtractToFileAsync(target, overwrite: false, ct);
                dumped |= entry.Name == "database.dump";
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or JsonException or EndOfStreamException)
        {
            throw new BackupException($"{archive} is not a whole platform backup: {e.Message}");
        }
        if (manifest is null || !dumped) throw new BackupException($"{archive} is not a platform backup (it lacks {(manifest is null ? "manifest.json" : "database.dump")}).");
        return manifest;
    }

    /// <summary>A file read up to the length it had when opened, so an archive entry's size always matches its bytes.</summary>
    private sealed class FileSnapshot(FileStream file) : Stream
    {
        private readonly long _length = file.Length;
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => _length;
        public override long Position { get => _position; set => _position = file.Position = Math.Clamp(value, 0, _length); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = file.Read(buffer[..(int)Math.Min(buffer.Length, _length - _position)]);
            if (read == 0 && _position < _length) throw new IOException($"{file.Name} was cut short while it was archived.");
            _position += read;
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            var read = await file.ReadAsync(buffer[..(int)Math.Min(buffer.Length, _length - _position)], ct);
            if (read == 0 && _position < _length) throw new IOException($"{file.Name} was cut short while it was archived.");
            _position += read;
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) =>
            Position = origin switch { SeekOrigin.Begin => offset, SeekOrigin.Current => _position + offset, _ => _length + offset };
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) file.Dispose();
            base.Dispose(disposing);
        }
    }
}
