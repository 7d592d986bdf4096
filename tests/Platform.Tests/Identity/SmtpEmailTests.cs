using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Tests.Identity;

/// <summary>With SMTP configured, reset mail goes out over SMTP (to a loopback server speaking the protocol).</summary>
public sealed partial class SmtpEmailTests
{
    [GeneratedRegex("=([0-9A-F]{2})")]
    private static partial Regex QuotedPrintable();

    [Fact]
    public async Task Reset_mail_is_delivered_over_smtp_and_its_link_works()
    {
        using var smtp = new LoopbackSmtpServer();
        await using var factory = await new PlatformFactory()
            .With("Platform:Smtp:Host", "127.0.0.1").With("Platform:Smtp:Port", smtp.Port.ToString())
            .With("Platform:Smtp:EnableSsl", "false").With("Platform:Smtp:From", "no-reply@platform.test")
            .StartAsync();
        var email = TestUsers.NewEmail();
        await factory.RegisterAsync(email, verify: false);
        using var client = factory.CreateClient();
        var verification = await smtp.NextMessage.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("verify-email?token=", QuotedPrintable().Replace(verification.Data.Replace("=\r\n", ""), m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString()));

        await (await client.PostAsJsonAsync("/api/auth/forgot-password", new { email })).EnsureStatus(HttpStatusCode.Accepted);

        var message = await smtp.NextMessage.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains($"RCPT TO:<{email}>", message.Envelope);
        Assert.Contains("MAIL FROM:<no-reply@platform.test>", message.Envelope);
        Assert.Contains("Content-Transfer-Encoding: quoted-printable", message.Data);
        var body = QuotedPrintable().Replace(message.Data.Replace("=\r\n", ""), m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString());
        var token = Regex.Match(body, @"token=([A-Za-z0-9_-]+)").Groups[1].Value;
        var reset = await client.PostAsJsonAsync("/api/auth/reset-password", new { token, newPassword = "a brand new passphrase" });
        await reset.EnsureStatus(HttpStatusCode.NoContent);
        // With SMTP nothing is kept, and there is no outbox to read.
        using var admin = factory.CreateClient((await factory.AdminAsync()).AccessToken);
        await (await admin.GetAsync($"/api/dev/outbox?to={email}")).EnsureStatus(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unreachable_smtp_server_does_not_change_the_answer()
    {
        int closedPort;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); closedPort = ((IPEndPoint)probe.LocalEndpoint).Port; }
        await using var factory = await new PlatformFactory()
            .With("Platform:Smtp:Host", "127.0.0.1").With("Platform:Smtp:Port", closedPort.ToString()).With("Platform:Smtp:EnableSsl", "false")
            .StartAsync();
        var email = TestUsers.NewEmail();
        await factory.RegisterAsync(email, verify: false);
        using var client = factory.CreateClient();

        var known = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email });
        var unknown = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = TestUsers.NewEmail() });

        await known.EnsureStatus(HttpStatusCode.Accepted);
        await unknown.EnsureStatus(HttpStatusCode.Accepted);
    }

    /// <summary>Just enough of RFC 5321 to accept messages, one connection after another.</summary>
    private sealed class LoopbackSmtpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly System.Threading.Channels.Channel<(string Envelope, string Data)> _messages = System.Threading.Channels.Channel.CreateUnbounded<(string, string)>();

        public LoopbackSmtpServer()
        {
            _listener.Start();
            _ = AcceptAll();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
        public Task<(string Envelope, string Data)> NextMessage => _messages.Reader.ReadAsync().AsTask();

        private async Task AcceptAll()
        {
            try
            {
                while (true) _ = Serve(await _listener.AcceptTcpClientAsync());
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
        }

        private async Task Serve(TcpClient connection)
        {
            using var client = connection;
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            var envelope = new StringBuilder();
            await writer.WriteLineAsync("220 loopback ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ', ':')[0].ToUpperInvariant();
                if (verb is "EHLO" or "HELO") await writer.WriteLineAsync("250 loopback");
                else if (verb is "MAIL" or "RCPT") { envelope.AppendLine(line); await writer.WriteLineAsync("250 OK"); }
                else if (verb == "DATA")
                {
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".") data.Append(dataLine).Append("\r\n");
                    await writer.WriteLineAsync("250 OK queued");
                    _messages.Writer.TryWrite((envelope.ToString(), data.ToString()));
                    envelope.Clear();
                }
                else if (verb == "QUIT") { await writer.WriteLineAsync("221 Bye"); break; }
                else await writer.WriteLineAsync("250 OK");
            }
        }

        public void Dispose() => _listener.Stop();
    }
}
