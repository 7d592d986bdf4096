using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Tests.Identity;

/// <summary>
/// npm's oidc-provider (a certified OpenID provider) in a node process on loopback, with one client (platform) and
/// the given accounts; and a browser that signs in at it (login form, any password; consent is given).
/// </summary>
public sealed partial class OpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "platform";
    public const string ClientSecret = "platform-client-secret-for-tests";

    private readonly Process _process;

    public string Issuer { get; }

    private OpenIdProvider(Process process, string issuer) => (_process, Issuer) = (process, issuer);

    /// <param name="accounts">Subject → claims (email, email_verified, name, groups).</param>
    /// <param name="clockOffsetSeconds">How wrong the provider's clock is: its tokens' times move by as much.</param>
    public static async Task<OpenIdProvider> StartAsync(string redirectUri, object accounts, int idTokenSeconds = 3600, int clockOffsetSeconds = 0)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var info = new ProcessStartInfo("node", [Path.Combine(TestPostgres.RepositoryRoot, "tests", "Platform.Tests", "Identity", "oidc-provider.mjs")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            Environment =
            {
                ["PORT"] = port.ToString(), ["REDIRECT_URI"] = redirectUri, ["CLIENT_SECRET"] = ClientSecret, ["ID_TOKEN_TTL"] = idTokenSeconds.ToString(), ["CLOCK_OFFSET"] = clockOffsetSeconds.ToString(),
                ["ACCOUNTS"] = JsonSerializer.Serialize(accounts),
                ["MODULE"] = Path.Combine(TestPostgres.RepositoryRoot, "build", "node_modules", "oidc-provider", "lib", "index.js"),
            },
        };
        var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        var ready = process.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(30))) != ready || await ready != "listening")
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"oidc-provider did not start: {await errors}");
        }
        return new OpenIdProvider(process, $"http://127.0.0.1:{port}");
    }

    /// <summary>
    /// What a browser does from the provider's authorization URL: logs in as <paramref name="subject"/> on its form and
    /// follows its redirects until one leaves the provider (for the platform's callback), which it returns.
    /// </summary>
    public async Task<Uri> SignInAsync(string authorizationUrl, string subject)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var url = new Uri(authorizationUrl);
        for (var step = 0; step < 12; step++)
        {
            using var response = await browser.GetAsync(url);
            if (response.Headers.Location is { } location)
            {
                url = new Uri(url, location);
                if (!url.Authority.Equals(new Uri(Issuer).Authority, StringComparison.OrdinalIgnoreCase)) return url;
                continue;
            }
            var page = await response.Content.ReadAsStringAsync();
            var form = Form().Match(page);
            if (!form.Success) throw new InvalidOperationException($"The provider showed no form ({(int)response.StatusCode}): {page[..Math.Min(page.Length, 500)]}");
            var fields = Input().Matches(form.Value).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
            fields["login"] = subject;
            fields["password"] = "any password";
            using var posted = await browser.PostAsync(new Uri(url, WebUtility.HtmlDecode(form.Groups["action"].Value)), new FormUrlEncodedContent(fields));
            url = new Uri(url, posted.Headers.Location ?? throw new InvalidOperationException($"The provider's form answered {(int)posted.StatusCode}."));
            if (!url.Authority.Equals(new Uri(Issuer).Authority, StringComparison.OrdinalIgnoreCase)) return url;
        }
        throw new InvalidOperationException("The provider never sent the browser back.");
    }

    [GeneratedRegex("<form[^>]*action=\"(?<action>[^\"]+)\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"(?:[^>]*?value=\"(?<value>[^\"]*)\")?")]
    private static partial Regex Input();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
