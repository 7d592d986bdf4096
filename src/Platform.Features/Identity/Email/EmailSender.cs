using System.Net;
using System.Net.Mail;
using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Features.Identity;

public sealed record EmailMessage(string To, string Subject, string Body);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

/// <summary>Settings under <c>Platform:Smtp</c>; with no host, mail goes to the outbox instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "platform@localhost";
}

public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var client = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl };
        if (o.Username is not null) client.Credentials = new NetworkCredential(o.Username, o.Password);
        using var mail = new MailMessage(o.From, message.To, message.Subject, message.Body);
        await client.SendMailAsync(mail, ct);
    }
}

/// <summary>A message kept instead of sent, for installations without SMTP; administrators read them over HTTP.</summary>
public sealed class OutboxEmail
{
    public Guid Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class OutboxEmailSender(IDocumentStore store, TimeProvider clock, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        // With no SMTP the operator of a local installation reads the links (reset, verification) here or in the outbox.
        logger.LogInformation("No SMTP configured: mail to {To} kept in the outbox: {Subject}\n{Body}", message.To, message.Subject, message.Body);
        await using var session = store.LightweightSession();
        session.Insert(new OutboxEmail
        {
            Id = Guid.CreateVersion7(), To = message.To, Subject = message.Subject, Body = message.Body, CreatedAt = clock.GetUtcNow(),
        });
        await session.SaveChangesAsync(ct);
    }
}
