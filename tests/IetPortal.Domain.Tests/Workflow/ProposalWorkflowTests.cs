using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Tests.Compliance;
using IetPortal.Domain.Workflow;
using static IetPortal.Domain.Tests.Workflow.WorkflowFixtures;

namespace IetPortal.Domain.Tests.Workflow;

/// <summary>What applying an allowed transition does to the aggregate, and that a refused one does nothing.</summary>
public class ProposalWorkflowTests
{
    [Fact]
    public void Submitting_records_version_one_and_takes_the_proposal_out_of_the_colleges_hands()
    {
        var proposal = Proposal();
        var submission = CleanSubmission();

        var result = ProposalWorkflow.Submit(proposal, OwningStaff, submission, Now);

        Assert.True(result.IsAllowed, result.Reason);
        Assert.Equal(ProposalStatus.Submitted, proposal.Status);
        Assert.False(proposal.IsEditable);
        Assert.Equal(Now, proposal.SubmittedAtUtc);
        Assert.Equal(2, proposal.NextVersionNumber);
        var version = Assert.Single(proposal.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(42, version.IetProposalId);
        Assert.Equal(Now, version.SubmittedAtUtc);
        Assert.Equal(OwningStaff.UserId, version.SubmittedByUserId);
        Assert.Equal(submission.SnapshotJson, version.SnapshotJson);
        Assert.Equal(CleanReport.ToJson(), version.ComplianceReportJson);
        Assert.Equal(CleanReport.RuleSetVersion, version.RuleSetVersion);
        Assert.Null(version.WarningAcknowledgementsJson);
    }

    [Fact]
    public void Only_the_notes_for_the_reports_warnings_are_stored_with_the_version()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.MinimumAge = null;
        var notes = new Dictionary<string, string>
        {
            ["IET-WI-ELIGIBLE-AGE-STATED"] = " Learners are 18 and older. ",
            ["IET-NOT-A-WARNING-HERE"] = "stale note",
        };
        var proposal = Proposal();

        ProposalWorkflow.Submit(proposal, OwningStaff, new Submission(scenario.Evaluate(), notes, "{}"), Now);

        Assert.Equal("""{"IET-WI-ELIGIBLE-AGE-STATED":"Learners are 18 and older."}""", Assert.Single(proposal.Versions).WarningAcknowledgementsJson);
    }

    [Fact]
    public void Resubmitting_records_the_next_version_and_keeps_the_reviewer()
    {
        var proposal = Proposal(ProposalStatus.Returned, Reviewer.UserId);
        proposal.NextVersionNumber = 2;

        var result = ProposalWorkflow.Resubmit(proposal, OwningStaff, CleanSubmission(), Now);

        Assert.Equal(ProposalStatus.Submitted, result.NewStatus);
        Assert.Equal(ProposalStatus.Submitted, proposal.Status);
        Assert.Equal(2, Assert.Single(proposal.Versions).Number);
        Assert.Equal(3, proposal.NextVersionNumber);
        Assert.Equal(Reviewer.UserId, proposal.AssignedReviewerId);
    }

    [Fact]
    public void Claiming_assigns_the_proposal_to_the_reviewer()
    {
        var proposal = Proposal(ProposalStatus.Submitted);

        ProposalWorkflow.Claim(proposal, Reviewer);

        Assert.Equal(ProposalStatus.InReview, proposal.Status);
        Assert.Equal(Reviewer.UserId, proposal.AssignedReviewerId);
    }

    [Fact]
    public void Assigning_gives_the_proposal_to_the_chosen_reviewer()
    {
        var proposal = Proposal(ProposalStatus.InReview, Reviewer.UserId);

        ProposalWorkflow.Assign(proposal, Administrator, SecondReviewer);

        Assert.Equal(ProposalStatus.InReview, proposal.Status);
        Assert.Equal(SecondReviewer.UserId, proposal.AssignedReviewerId);
    }

    [Fact]
    public void Returning_releases_the_comments_for_the_college_and_keeps_internal_notes_internal()
    {
        var proposal = Proposal(ProposalStatus.InReview, Reviewer.UserId);
        var change = RequiredChange();
        var remark = Remark(CommentVisibility.ForCollege);
        var note = Remark(CommentVisibility.Internal);

        ProposalWorkflow.Return(proposal, Reviewer, [change, remark, note], Now);

        Assert.Equal(ProposalStatus.Returned, proposal.Status);
        Assert.True(proposal.IsEditable);
        Assert.Equal(Now, change.ReleasedAtUtc);
        Assert.Equal(Now, remark.ReleasedAtUtc);
        Assert.Null(note.ReleasedAtUtc);
    }

    [Fact]
    public void Approving_records_the_time_and_releases_the_comments_for_the_college()
    {
        var proposal = Proposal(ProposalStatus.InReview, Reviewer.UserId);
        var remark = Remark(CommentVisibility.ForCollege);

        var result = ProposalWorkflow.Approve(proposal, Reviewer, CompleteApproval, RatingsAll(CriterionRatingValue.Meets), [remark], Now);

        Assert.True(result.IsAllowed, result.Reason);
        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        Assert.Equal(Now, proposal.ApprovedAtUtc);
        Assert.Equal(Now, remark.ReleasedAtUtc);
    }

    [Fact]
    public void Withdrawing_a_draft_ends_its_workflow()
    {
        var proposal = Proposal();

        ProposalWorkflow.Withdraw(proposal, OwningStaff);

        Assert.Equal(ProposalStatus.Withdrawn, proposal.Status);
        Assert.False(proposal.IsEditable);
        Assert.Empty(ReviewWorkflow.PermittedActions(ProposalState.Of(proposal), OwningStaff));
    }

    [Fact]
    public void The_review_loop_runs_from_draft_to_approval_through_the_workflow()
    {
        var proposal = Proposal();
        var firstRound = new List<ReviewComment> { RequiredChange() };

        Assert.True(ProposalWorkflow.Submit(proposal, OwningStaff, CleanSubmission(), Now).IsAllowed);
        Assert.True(ProposalWorkflow.Claim(proposal, Reviewer).IsAllowed);
        Assert.True(ProposalWorkflow.Return(proposal, Reviewer, firstRound, Now.AddDays(3)).IsAllowed);
        Assert.True(ProposalWorkflow.Resubmit(proposal, OwningStaff, CleanSubmission(), Now.AddDays(5)).IsAllowed);
        Assert.Equal([WorkflowAction.Claim, WorkflowAction.Assign], ReviewWorkflow.PermittedActions(ProposalState.Of(proposal), Reviewer));
        Assert.True(ProposalWorkflow.Claim(proposal, Reviewer).IsAllowed);
        var approval = ProposalWorkflow.Approve(proposal, Reviewer, CompleteApproval, RatingsAll(CriterionRatingValue.Meets), firstRound, Now.AddDays(7));

        Assert.True(approval.IsAllowed, approval.Reason);
        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        Assert.Equal([1, 2], proposal.Versions.Select(v => v.Number));
        Assert.Equal(Now.AddDays(5), proposal.SubmittedAtUtc);
        Assert.Equal(Now.AddDays(7), proposal.ApprovedAtUtc);
        Assert.Equal(Now.AddDays(3), firstRound[0].ReleasedAtUtc);
    }

    [Theory]
    [InlineData(WorkflowAction.Submit)]
    [InlineData(WorkflowAction.Resubmit)]
    [InlineData(WorkflowAction.Claim)]
    [InlineData(WorkflowAction.Assign)]
    [InlineData(WorkflowAction.Return)]
    [InlineData(WorkflowAction.Approve)]
    [InlineData(WorkflowAction.Withdraw)]
    [InlineData(WorkflowAction.StartAmendment)]
    public void A_refused_transition_changes_nothing(WorkflowAction action)
    {
        var remark = Remark(CommentVisibility.ForCollege);
        var (proposal, apply) = RefusedAttempt(action, remark);
        var before = WorkflowFields(proposal);

        var result = apply();

        Assert.False(result.IsAllowed);
        Assert.Equal(before, WorkflowFields(proposal));
        Assert.Null(remark.ReleasedAtUtc);
    }

    [Fact]
    public void The_time_must_come_in_as_utc()
    {
        var local = new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Local);

        Assert.Throws<ArgumentException>(() => ProposalWorkflow.Submit(Proposal(), OwningStaff, CleanSubmission(), local));
    }

    /// <summary>One refused attempt per action, each refused for a different reason.</summary>
    private static (IetProposal Proposal, Func<TransitionResult> Apply) RefusedAttempt(WorkflowAction action, ReviewComment remark)
    {
        var blocked = ComplianceScenario.Cna();
        blocked.Proposal.CohortCapacity = 0;
        var inReview = Proposal(ProposalStatus.InReview, Reviewer.UserId);
        var submitted = Proposal(ProposalStatus.Submitted);
        var draft = Proposal();
        var approved = Proposal(ProposalStatus.Approved, Reviewer.UserId);
        var revision = RatingsAll(CriterionRatingValue.NeedsRevision);
        return action switch
        {
            WorkflowAction.Submit => (draft, () => ProposalWorkflow.Submit(draft, OwningStaff, new Submission(blocked.Evaluate(), new Dictionary<string, string>(), "{}"), Now)),
            WorkflowAction.Resubmit => (draft, () => ProposalWorkflow.Resubmit(draft, OwningStaff, CleanSubmission(), Now)),
            WorkflowAction.Claim => (submitted, () => ProposalWorkflow.Claim(submitted, ConflictedReviewer)),
            WorkflowAction.Assign => (submitted, () => ProposalWorkflow.Assign(submitted, Administrator, ConflictedReviewer)),
            WorkflowAction.Return => (inReview, () => ProposalWorkflow.Return(inReview, Reviewer, [remark], Now)),
            WorkflowAction.Approve => (inReview, () => ProposalWorkflow.Approve(inReview, Reviewer, CompleteApproval, revision, [remark], Now)),
            WorkflowAction.Withdraw => (inReview, () => ProposalWorkflow.Withdraw(inReview, OwningStaff)),
            WorkflowAction.StartAmendment => (approved, () => ProposalWorkflow.StartAmendment(approved, OwningStaff, hasAmendmentInProgress: true).Result),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }

    private static string WorkflowFields(IetProposal p) =>
        $"{p.Status}|{p.AssignedReviewerId}|{p.SubmittedAtUtc:O}|{p.ApprovedAtUtc:O}|{p.NextVersionNumber}|{p.Versions.Count}|{p.AmendsProposalId}";
}
