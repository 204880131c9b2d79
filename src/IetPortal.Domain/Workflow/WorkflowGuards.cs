using IetPortal.Domain.Common;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Reviews;

namespace IetPortal.Domain.Workflow;

/// <summary>The guards of <see cref="ReviewWorkflow"/>, each written once and named for what it protects.</summary>
internal static class WorkflowGuards
{
    private static readonly IReadOnlyList<string> Holds = [];

    /// <summary>PRODUCT.md: "A reviewer never reviews a college for which they declared a conflict of interest."</summary>
    public static WorkflowGuard NoConflictOfInterest { get; } = new(
        "The actor declared no conflict of interest with the proposal's college",
        RefusalKind.NotPermitted,
        c => c.Actor.IsConflictedWith(c.Proposal.CollegeId)
            ? ["You declared a conflict of interest with this proposal's college, so you cannot act on its proposals."]
            : Holds);

    /// <summary>Claiming must not take a proposal away from the reviewer it was assigned to (a resubmission keeps its reviewer).</summary>
    public static WorkflowGuard NotAssignedToAnotherReviewer { get; } = new(
        "It is not assigned to another reviewer",
        RefusalKind.NotPermitted,
        c => c.Proposal.AssignedReviewerId is { } assigned && !string.Equals(assigned, c.Actor.UserId, StringComparison.Ordinal)
            ? ["This proposal is assigned to another reviewer; ask to have it assigned to you."]
            : Holds);

    /// <summary>One reviewer decides a proposal, so two reviewers never decide it at once.</summary>
    public static WorkflowGuard AssignedToActor { get; } = new(
        "The actor is the reviewer it is assigned to",
        RefusalKind.NotPermitted,
        c => string.Equals(c.Proposal.AssignedReviewerId, c.Actor.UserId, StringComparison.Ordinal)
            ? Holds
            : ["Only the reviewer this proposal is assigned to can decide it; ask to have it assigned to you."]);

    /// <summary>Two amendments of one program would each try to supersede it.</summary>
    public static WorkflowGuard NoAmendmentInProgress { get; } = new(
        "No other amendment of it is in progress",
        RefusalKind.NotInThisState,
        c => c.Proposal.HasAmendmentInProgress
            ? ["An amendment of this program is already in progress; continue that one, or withdraw it first."]
            : Holds);

    /// <summary>PRODUCT.md "Submit": errors block, warnings need an acknowledgement note (<see cref="SubmissionGate"/>).</summary>
    public static WorkflowGuard CompliancePasses { get; } = new(
        "The compliance check finds no error, and every warning is acknowledged with a note",
        RefusalKind.GuardNotMet,
        c =>
        {
            if (c.Input.ComplianceReport is not { } report)
            {
                return ["Run the compliance check before sending the proposal for review."];
            }

            var gate = SubmissionGate.Check(report, c.Input.Acknowledgements);
            var reasons = new List<string>();
            if (gate.BlockingRuleIds.Count > 0)
            {
                reasons.Add($"Fix the compliance errors that block submission: {string.Join(", ", gate.BlockingRuleIds)}.");
            }

            if (gate.UnacknowledgedWarningRuleIds.Count > 0)
            {
                reasons.Add($"Acknowledge each compliance warning with a note: {string.Join(", ", gate.UnacknowledgedWarningRuleIds)}.");
            }

            return reasons;
        });

    /// <summary>Issue 5: "a conflicted reviewer cannot be assigned".</summary>
    public static WorkflowGuard EligibleAssignee { get; } = new(
        "The assignee is a state reviewer with no conflict of interest with the proposal's college, and not already assigned to it",
        RefusalKind.GuardNotMet,
        c => c.Input.Assignee switch
        {
            null => ["Choose the reviewer to assign."],
            var assignee when !assignee.HasRole(RoleNames.StateReviewer) => ["Only a state reviewer can be assigned a proposal."],
            var assignee when assignee.IsConflictedWith(c.Proposal.CollegeId) =>
                ["The chosen reviewer declared a conflict of interest with this proposal's college and cannot be assigned."],
            var assignee when string.Equals(assignee.UserId, c.Proposal.AssignedReviewerId, StringComparison.Ordinal) =>
                ["This proposal is already assigned to the chosen reviewer."],
            _ => Holds,
        });

    /// <summary>
    /// PRODUCT.md "Return: needs at least one required change". Only a change not yet released counts, so the required
    /// changes of an earlier return cannot justify this one.
    /// </summary>
    public static WorkflowGuard RequiredChange { get; } = new(
        "At least one new required change is written for the college",
        RefusalKind.GuardNotMet,
        c => c.Input.Comments.Any(IsNewRequiredChange)
            ? Holds
            : ["Write at least one required change for the college before returning the proposal."]);

    /// <summary>
    /// Issue 5: "approve needs every checklist criterion rated". A criterion rated Needs revision is refused as well: a
    /// program approved with a known gap would enter the public catalog; the reviewer returns it or changes the rating.
    /// </summary>
    public static WorkflowGuard EveryCriterionMeets { get; } = new(
        "Every checklist criterion is rated, and none is rated Needs revision",
        RefusalKind.GuardNotMet,
        c =>
        {
            var reasons = new List<string>();
            var unrated = Enum.GetValues<ReviewCriterion>().Where(k => c.Input.Ratings.All(r => r.Criterion != k)).ToList();
            if (unrated.Count > 0)
            {
                reasons.Add($"Rate every checklist criterion before approving; not rated: {WorkflowText.List(unrated)}.");
            }

            var needsRevision = c.Input.Ratings.Where(r => r.Rating == CriterionRatingValue.NeedsRevision).Select(r => r.Criterion).Distinct().ToList();
            if (needsRevision.Count > 0)
            {
                reasons.Add($"A proposal with a criterion rated Needs revision cannot be approved ({WorkflowText.List(needsRevision)}); return it, or change the rating.");
            }

            return reasons;
        });

    /// <summary>PRODUCT.md "Approve: records the approval number, date, effective period and approver".</summary>
    public static WorkflowGuard ApprovalRecorded { get; } = new(
        "An approval number, an approval date and an effective period that does not end before it starts are given",
        RefusalKind.GuardNotMet,
        c =>
        {
            var approval = c.Input.Approval;
            var reasons = new List<string>();
            if (string.IsNullOrWhiteSpace(approval?.ApprovalNumber))
            {
                reasons.Add("Enter the approval number.");
            }

            if (approval?.ApprovedOn is null)
            {
                reasons.Add("Enter the approval date.");
            }

            if (approval?.EffectiveFrom is null)
            {
                reasons.Add("Enter the date the approval takes effect.");
            }

            if (approval?.EffectiveTo is null)
            {
                reasons.Add("Enter the date the approval ends.");
            }

            if (approval is { EffectiveFrom: { } from, EffectiveTo: { } to } && to < from)
            {
                reasons.Add("The approval cannot end before it takes effect.");
            }

            return reasons;
        });

    /// <summary>The approved version stays in force until its amendment is approved; only one amendment can replace it.</summary>
    public static WorkflowGuard AmendedProgramStillApproved { get; } = new(
        "For an amendment: the program it amends is still approved",
        RefusalKind.GuardNotMet,
        c => !c.Proposal.IsAmendment || c.Proposal.AmendedProposalStatus == ProposalStatus.Approved
            ? Holds
            : ["The program this amends is no longer the approved version, so this amendment cannot be approved; start a new amendment from the approved program."]);

    private static bool IsNewRequiredChange(ReviewComment comment) =>
        comment.IsRequiredChange && comment.Visibility == CommentVisibility.ForCollege && comment.ReleasedAtUtc is null;
}
