namespace IetPortal.Domain.Reviews;

/// <summary>
/// A review clock reminder sent about a proposal on a day (UTC). At most one per proposal and day, enforced by a
/// unique index: when two web nodes run a reminder pass at the same moment, only one of them can record the reminder,
/// and the other's save (with its emails) fails as a whole.
/// </summary>
public class ReviewReminder
{
    public int Id { get; set; }
    public int IetProposalId { get; set; }
    public DateOnly Day { get; set; }
    public DateTime SentAtUtc { get; set; }
    public int RecipientCount { get; set; }
}
