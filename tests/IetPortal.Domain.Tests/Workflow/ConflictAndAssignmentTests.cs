using IetPortal.Domain.Workflow;
using static IetPortal.Domain.Tests.Workflow.WorkflowFixtures;

namespace IetPortal.Domain.Tests.Workflow;

public class ConflictAndAssignmentTests
{
    private const string ConflictReason = "You declared a conflict of interest with this proposal's college, so you cannot act on its proposals.";

    [Fact]
    public void A_conflicted_reviewer_cannot_claim()
    {
        var result = ReviewWorkflow.Decide(WorkflowAction.Claim, StateIn(ProposalStatus.Submitted), ConflictedReviewer);

        Assert.Equal(RefusalKind.NotPermitted, result.Refusal);
        Assert.Equal(ConflictReason, result.Reason);
    }

    [Fact]
    public void A_conflicted_reviewer_cannot_be_assigned()
    {
        var input = new WorkflowInput { Assignee = ConflictedReviewer };

        var result = ReviewWorkflow.Decide(WorkflowAction.Assign, StateIn(ProposalStatus.Submitted), Administrator, input);

        Assert.Equal(RefusalKind.GuardNotMet, result.Refusal);
        Assert.Equal("The chosen reviewer declared a conflict of interest with this proposal's college and cannot be assigned.", result.Reason);
    }

    [Fact]
    public void A_conflicted_reviewer_cannot_assign_a_proposal_of_that_college()
    {
        var result = ReviewWorkflow.Decide(WorkflowAction.Assign, StateIn(ProposalStatus.Submitted), ConflictedReviewer, ValidInput());

        Assert.Equal(ConflictReason, result.Reason);
    }

    [Theory]
    [InlineData(WorkflowAction.Return)]
    [InlineData(WorkflowAction.Approve)]
    public void A_conflicted_reviewer_cannot_decide_even_when_assigned(WorkflowAction decision)
    {
        // Assigned before the declaration: the declaration wins.
        var state = StateIn(ProposalStatus.InReview) with { AssignedReviewerId = ConflictedReviewer.UserId };

        var result = ReviewWorkflow.Decide(decision, state, ConflictedReviewer, ValidInput());

        Assert.Equal(RefusalKind.NotPermitted, result.Refusal);
        Assert.Equal(ConflictReason, result.Reason);
    }

    [Fact]
    public void A_conflict_with_another_college_does_not_stop_a_reviewer()
    {
        Assert.Contains(OtherCollegeId, Reviewer.ConflictedCollegeIds);

        var result = ReviewWorkflow.Decide(WorkflowAction.Claim, StateIn(ProposalStatus.Submitted), Reviewer);

        Assert.True(result.IsAllowed, result.Reason);
    }

    [Fact]
    public void A_reviewer_cannot_claim_a_proposal_assigned_to_another_reviewer()
    {
        var state = StateIn(ProposalStatus.Submitted) with { AssignedReviewerId = SecondReviewer.UserId };

        var result = ReviewWorkflow.Decide(WorkflowAction.Claim, state, Reviewer);

        Assert.Equal(RefusalKind.NotPermitted, result.Refusal);
        Assert.Equal("This proposal is assigned to another reviewer; ask to have it assigned to you.", result.Reason);
    }

    [Fact]
    public void The_assigned_reviewer_can_claim_a_resubmitted_proposal_again()
    {
        var resubmitted = StateIn(ProposalStatus.Submitted) with { AssignedReviewerId = Reviewer.UserId };

        var result = ReviewWorkflow.Decide(WorkflowAction.Claim, resubmitted, Reviewer);

        Assert.Equal(ProposalStatus.InReview, result.NewStatus);
    }

    [Theory]
    [InlineData(WorkflowAction.Return)]
    [InlineData(WorkflowAction.Approve)]
    public void Only_the_assigned_reviewer_can_decide(WorkflowAction decision)
    {
        var result = ReviewWorkflow.Decide(decision, StateIn(ProposalStatus.InReview), SecondReviewer, ValidInput());

        Assert.Equal(RefusalKind.NotPermitted, result.Refusal);
        Assert.Equal("Only the reviewer this proposal is assigned to can decide it; ask to have it assigned to you.", result.Reason);
    }

    [Fact]
    public void Another_reviewer_can_reassign_a_proposal_in_review_to_themselves()
    {
        var input = new WorkflowInput { Assignee = SecondReviewer };

        var result = ReviewWorkflow.Decide(WorkflowAction.Assign, StateIn(ProposalStatus.InReview), SecondReviewer, input);

        Assert.Equal(ProposalStatus.InReview, result.NewStatus);
    }

    [Fact]
    public void Assigning_without_choosing_a_reviewer_is_refused()
    {
        var result = ReviewWorkflow.Decide(WorkflowAction.Assign, StateIn(ProposalStatus.Submitted), Administrator, WorkflowInput.None);

        Assert.Equal(RefusalKind.GuardNotMet, result.Refusal);
        Assert.Equal("Choose the reviewer to assign.", result.Reason);
    }

    [Fact]
    public void Assigning_the_reviewer_already_assigned_is_refused()
    {
        var input = new WorkflowInput { Assignee = Reviewer };

        var result = ReviewWorkflow.Decide(WorkflowAction.Assign, StateIn(ProposalStatus.InReview), Administrator, input);

        Assert.Equal("This proposal is already assigned to the chosen reviewer.", result.Reason);
    }

    [Fact]
    public void A_conflicted_reviewer_is_not_offered_any_action_on_that_college()
    {
        foreach (var status in Enum.GetValues<ProposalStatus>())
        {
            var state = StateIn(status) with { AssignedReviewerId = ConflictedReviewer.UserId };

            Assert.Empty(ReviewWorkflow.PermittedActions(state, ConflictedReviewer));
        }
    }
}
