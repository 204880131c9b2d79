using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace IetPortal.Infrastructure.Email;

/// <summary>Production delivery through an SMTP server (MailKit).</summary>
public sealed class SmtpEmailDelivery(IOptions<EmailOptions> options) : IEmailDelivery
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mime = MimeMessageFactory.Create(settings, message);
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(settings.SmtpSecurity, ignoreCase: true, out var parsed)
            ? parsed
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not set."), settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
