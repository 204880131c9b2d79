namespace IetPortal.Domain.Reviews;

/// <summary>A recorded decision on a submitted version: returned with required changes, or approved.</summary>
public class ReviewDecision
{
    public int Id { get; set; }
    public int IetProposalId { get; set; }
    public int ProposalVersionId { get; set; }
    public DecisionKind Kind { get; set; }
    public DateTime DecidedAtUtc { get; set; }
    public required string DecidedByUserId { get; set; }
    public string? Summary { get; set; }
    public string? ApprovalNumber { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
}

public enum DecisionKind
{
    Returned,
    Approved,
}
