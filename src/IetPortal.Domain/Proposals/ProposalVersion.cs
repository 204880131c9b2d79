namespace IetPortal.Domain.Proposals;

/// <summary>
/// An immutable snapshot of a proposal taken at submission: the whole proposal as JSON, the compliance report
/// it was submitted with and the rule-set version that produced it, so reviewer and college see the same
/// evidence later even if rules or thresholds change.
/// </summary>
public class ProposalVersion
{
    public int Id { get; set; }
    public int IetProposalId { get; set; }
    public int Number { get; set; }
    public DateTime SubmittedAtUtc { get; set; }
    public required string SubmittedByUserId { get; set; }
    public required string SnapshotJson { get; set; }
    public required string ComplianceReportJson { get; set; }
    public required string RuleSetVersion { get; set; }
    public string? WarningAcknowledgementsJson { get; set; }
}
