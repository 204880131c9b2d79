namespace IetPortal.Infrastructure.Email;

/// <summary>One message to one recipient.</summary>
public sealed record EmailMessage(string ToAddress, string Subject, string BodyText, string? BodyHtml = null);

/// <summary>Hands a message to the mail system. Implementations are the true boundary tests replace.</summary>
public interface IEmailDelivery
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
