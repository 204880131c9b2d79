namespace IetPortal.Infrastructure.Email;

/// <summary>One message to one recipient.</summary>
public sealed record EmailMessage(string ToAddress, string Subject, string BodyText, string? BodyHtml = null)
{
    /// <summary>
    /// The <c>Message-Id</c> header (<c>local@domain</c>, without angle brackets). The outbox sets a stable one so a
    /// resent copy can be recognised by receiving systems; when null, MimeKit generates a fresh one.
    /// </summary>
    public string? MessageId { get; init; }
}

/// <summary>Hands a message to the mail system. Implementations are the true boundary tests replace.</summary>
public interface IEmailDelivery
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
