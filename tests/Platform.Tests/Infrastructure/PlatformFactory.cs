using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Identity;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// The real service over HTTP, on a database and data folder of its own. Use as a class fixture,
/// or construct one in a test that needs a fresh database or different settings.
/// </summary>
public class PlatformFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        // Tests sign in far more often than people do; the throttling tests set their own limits.
        ["Platform:Auth:RequestsPerMinutePerClient"] = "100000",
        ["Platform:Auth:FailuresPerClient"] = "100000",
        ["Platform:Models:RefusedPredictionsPerMinutePerClient"] = "100000",
        // A small upload answers 201 once ingested; with the suite's hundreds of uploads on two cores, ten seconds is not
        // always enough for that. The tests of the 202 path set their own.
        ["Platform:Datasets:BackgroundAfter"] = "00:02:00",
        ["Serilog:MinimumLevel:Default"] = "Warning",
        ["Platform:Auth:SetupToken"] = TestUsers.SetupToken,
    };

    public string ConnectionString { get; private set; } = "";
    private PlatformFactory? _sharesDatabaseWith;
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Stopped by <see cref="RestartAsync"/>: its database and data folder now belong to the next one.</summary>
    private bool _handedOver;

    public PlatformFactory()
    {
    }

    private PlatformFactory(PlatformFactory stopped)
    {
        DataDirectory = stopped.DataDirectory;
        ConnectionString = stopped.ConnectionString;
        foreach (var (key, value) in stopped._settings) _settings[key] = value;
    }

    /// <summary>
    /// Stops this service and starts another on the same database, data folder and settings (as a restart does),
    /// running <paramref name="whileStopped"/> in between; the new one owns (and cleans up) both.
    /// </summary>
    public async Task<PlatformFactory> RestartAsync(Func<Task> whileStopped)
    {
        _handedOver = true;
        await DisposeAsync();
        await whileStopped();
        return await new PlatformFactory(this).StartAsync();
    }

    private LogCollector? _logs;

    /// <summary>Collects what the service logs at Information and above.</summary>
    public PlatformFactory WithLogs(LogCollector logs)
    {
        _logs = logs;
        _settings["Serilog:MinimumLevel:Default"] = "Information";
        return this;
    }

    public PlatformFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>A second instance of the service on the same database (as behind a load balancer).</summary>
    public PlatformFactory SharingDatabaseWith(PlatformFactory other)
    {
        _sharesDatabaseWith = other;
        return this;
    }

    public async Task InitializeAsync()
    {
        ConnectionString = _sharesDatabaseWith?.ConnectionString ?? (ConnectionString.Length > 0 ? ConnectionString : await TestPostgres.CreateDatabaseAsync());
        _settings["ConnectionStrings:Postgres"] = ConnectionString;
        _settings.TryAdd("Platform:DataDirectory", DataDirectory);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        // The host's Serilog reads sinks from the container.
        if (_logs is { } logs) builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(logs));
    }

    /// <summary>For a factory made inside a test: <c>await using var f = await new PlatformFactory().With(…).StartAsync();</c></summary>
    public async Task<PlatformFactory> StartAsync()
    {
        await InitializeAsync();
        return this;
    }

    private bool _disposed;

    public override async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await base.DisposeAsync();
        if (_handedOver) return;
        if (ConnectionString.Length > 0 && _sharesDatabaseWith is null) await TestPostgres.DropDatabaseAsync(ConnectionString);
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public HttpClient CreateClient(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    private Task<AuthResponse>? _admin;
    private readonly Lock _adminGate = new();

    /// <summary>The installation's super_admin, set up on first use (once per factory).</summary>
    public Task<AuthResponse> AdminAsync()
    {
        lock (_adminGate) return _admin ??= SetUpAdminAsync();
    }

    private async Task<AuthResponse> SetUpAdminAsync()
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/setup",
            new { email = TestUsers.NewEmail(), password = TestUsers.Password, displayName = "Admin", setupToken = TestUsers.SetupToken });
        await response.EnsureStatus(System.Net.HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<AuthResponse>())!;
    }

    /// <summary>The newest message the outbox kept for <paramref name="email"/> (read as the administrator), or null.</summary>
    public async Task<string?> LatestMailAsync(string email)
    {
        using var admin = CreateClient((await AdminAsync()).AccessToken);
        var outbox = await (await admin.GetAsync($"/api/dev/outbox?to={Uri.EscapeDataString(email)}")).JsonAsync();
        var items = outbox.GetProperty("items");
        return items.GetArrayLength() == 0 ? null : items[0].GetProperty("body").GetString();
    }

    /// <summary>
    /// Registers a new user with a unique email and returns the sign-in response; unless told otherwise, also
    /// confirms the address through the mailed link (read from the outbox as the administrator), as a person would.
    /// </summary>
    public async Task<AuthResponse> RegisterAsync(string? email = null, string password = TestUsers.Password, bool verify = true)
    {
        using var client = CreateClient();
        email ??= TestUsers.NewEmail();
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = "Test User" });
        await response.EnsureStatus(System.Net.HttpStatusCode.Created);
        var auth = (await response.Content.ReadFromJsonAsync<AuthResponse>())!;
        if (verify) await VerifyEmailAsync(auth.User.Email);
        return auth;
    }

    /// <summary>Follows the newest verification link mailed to <paramref name="email"/>.</summary>
    public async Task VerifyEmailAsync(string email)
    {
        var mail = await LatestMailAsync(email) ?? throw new InvalidOperationException($"No mail for {email} in the outbox.");
        var token = System.Text.RegularExpressions.Regex.Match(mail, @"verify-email\?token=([A-Za-z0-9_-]+)").Groups[1].Value;
        using var client = CreateClient();
        await (await client.PostAsJsonAsync("/api/auth/verify-email", new { token })).EnsureStatus(System.Net.HttpStatusCode.NoContent);
    }
}

public static class TestUsers
{
    public const string Password = "a long enough passphrase";
    public const string SetupToken = "test-setup-token";

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";
}
