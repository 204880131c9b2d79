namespace IetPortal.Domain.Auditing;

/// <summary>
/// One entry of the append-only audit trail: who did what, when, to which record. The persistence layer
/// refuses to update or delete these rows.
/// </summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public string? UserId { get; set; }
    public int? IetProposalId { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    public required string Action { get; set; }
    public string? Section { get; set; }
    public string? Details { get; set; }
}
