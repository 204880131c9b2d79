using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Workflow;

/// <summary>
/// The facts about a proposal that the workflow decides on. Facts that live outside the proposal row (another
/// amendment in progress, the status of the program an amendment amends) are passed in by the caller's query.
/// </summary>
/// <param name="Status">Where the proposal is in the workflow.</param>
/// <param name="CollegeId">The owning college.</param>
/// <param name="AssignedReviewerId">The reviewer it is assigned to, if any.</param>
/// <param name="AmendsProposalId">For an amendment: the approved proposal it amends.</param>
/// <param name="HasAmendmentInProgress">For an approved proposal: another proposal amending it is not yet approved, withdrawn or superseded.</param>
/// <param name="AmendedProposalStatus">For an amendment: the current status of the proposal it amends.</param>
public sealed record ProposalState(
    ProposalStatus Status,
    int CollegeId,
    string? AssignedReviewerId = null,
    int? AmendsProposalId = null,
    bool HasAmendmentInProgress = false,
    ProposalStatus? AmendedProposalStatus = null)
{
    public bool IsAmendment => AmendsProposalId is not null;

    public static ProposalState Of(IetProposal proposal, bool hasAmendmentInProgress = false, ProposalStatus? amendedProposalStatus = null)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return new(
            proposal.Status,
            proposal.CollegeId,
            proposal.AssignedReviewerId,
            proposal.AmendsProposalId,
            hasAmendmentInProgress,
            amendedProposalStatus);
    }
}
