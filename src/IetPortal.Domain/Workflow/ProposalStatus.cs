namespace IetPortal.Domain.Workflow;

/// <summary>Where a proposal is in the review workflow.</summary>
public enum ProposalStatus
{
    Draft,
    Submitted,
    InReview,
    Returned,
    Approved,
    Withdrawn,
    Superseded,
}
