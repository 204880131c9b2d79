namespace IetPortal.Domain.Notifications;

/// <summary>
/// An email waiting to be sent, written in the same transaction as the change that caused it (transactional
/// outbox). A dispatcher claims it with a lease, sends it once, and records the outcome.
/// </summary>
public class OutboxMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DateTime CreatedAtUtc { get; set; }
    public required string Kind { get; set; }
    public required string ToAddress { get; set; }
    public required string Subject { get; set; }
    public required string BodyText { get; set; }
    public string? BodyHtml { get; set; }
    public int? IetProposalId { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public string? LastError { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAtUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
