using IetPortal.Domain.Common;
using IetPortal.Domain.Notifications;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace IetPortal.Infrastructure.Notifications;

/// <summary>
/// Puts notification emails into the transactional outbox. <see cref="Enqueue"/> only adds the row to the
/// caller's <see cref="IetPortalDbContext"/>: the caller's one <c>SaveChangesAsync</c> writes the message in the
/// same transaction as the state change that caused it, so a change is never saved without its email and an email
/// is never sent for a change that was rolled back. <see cref="OutboxDispatcher"/> delivers it later.
/// </summary>
public sealed class NotificationOutbox(IetPortalDbContext db, TimeProvider clock)
{
    public const int KindMaxLength = 100;
    public const int SubjectMaxLength = FieldLengths.Name;
    public const int AddressMaxLength = FieldLengths.Email;

    /// <summary>
    /// Adds one message for one recipient to the current unit of work (nothing is saved here). An identical
    /// message (same kind, recipient, proposal and subject) already added in this unit of work is returned instead
    /// of a second copy, so a recipient who is reached by two routes (say, author and contact) gets one email.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The kind, subject or body is empty, the kind is too long, or the address is not one valid mailbox: these
    /// are programming errors (recipients come from validated account emails), so they fail loudly.
    /// </exception>
    public OutboxMessage Enqueue(
        string kind, string toAddress, string subject, string bodyText, string? bodyHtml = null, int? proposalId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(bodyText);
        if (kind.Length > KindMaxLength)
        {
            throw new ArgumentException($"The kind may have at most {KindMaxLength} characters.", nameof(kind));
        }

        var address = NormalizeAddress(toAddress);
        // Subjects carry user-entered titles; a long title must not block the state change, so it is shortened.
        var storedSubject = Shorten(subject.Trim(), SubjectMaxLength);

        var duplicate = db.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .FirstOrDefault(m => m.Kind == kind
                && string.Equals(m.ToAddress, address, StringComparison.OrdinalIgnoreCase)
                && m.IetProposalId == proposalId
                && m.Subject == storedSubject);
        if (duplicate is not null)
        {
            return duplicate;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Kind = kind,
            ToAddress = address,
            Subject = storedSubject,
            BodyText = bodyText,
            BodyHtml = string.IsNullOrWhiteSpace(bodyHtml) ? null : bodyHtml,
            IetProposalId = proposalId,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    private static string NormalizeAddress(string toAddress)
    {
        // One mailbox with a domain: MimeKit on its own also accepts a bare local part, which no server delivers.
        if (!MailboxAddress.TryParse(toAddress.Trim(), out var mailbox) || string.IsNullOrEmpty(mailbox.Domain))
        {
            throw new ArgumentException("The recipient is not a single valid email address.", nameof(toAddress));
        }

        if (mailbox.Address.Length > AddressMaxLength)
        {
            throw new ArgumentException($"The recipient address may have at most {AddressMaxLength} characters.", nameof(toAddress));
        }

        return mailbox.Address;
    }

    private static string Shorten(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
}
