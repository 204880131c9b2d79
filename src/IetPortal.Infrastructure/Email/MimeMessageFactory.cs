using MimeKit;

namespace IetPortal.Infrastructure.Email;

internal static class MimeMessageFactory
{
    public static MimeMessage Create(EmailOptions options, EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.ToAddress));
        mime.Subject = message.Subject;
        if (!string.IsNullOrWhiteSpace(message.MessageId))
        {
            mime.MessageId = message.MessageId;
        }

        var body = new BodyBuilder { TextBody = message.BodyText, HtmlBody = message.BodyHtml };
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
