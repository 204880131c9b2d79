using IetPortal.Domain.Workflow;
using static IetPortal.Domain.Tests.Workflow.WorkflowFixtures;
using static IetPortal.Domain.Workflow.WorkflowAction;

namespace IetPortal.Domain.Tests.Workflow;

/// <summary>The buttons each person sees in the states they meet most.</summary>
public class PermittedActionsTests
{
    [Fact]
    public void A_draft_offers_its_college_submit_and_withdraw()
    {
        Assert.Equal([Submit, Withdraw], ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Draft), OwningStaff));
    }

    [Fact]
    public void A_draft_offers_reviewers_and_administrators_nothing()
    {
        Assert.Empty(ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Draft), Reviewer));
        Assert.Empty(ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Draft), Administrator));
    }

    [Fact]
    public void A_submitted_proposal_offers_its_college_only_withdraw()
    {
        Assert.Equal([Withdraw], ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Submitted), OwningStaff));
    }

    [Fact]
    public void An_unassigned_submitted_proposal_offers_a_reviewer_claim_and_assign()
    {
        Assert.Equal([Claim, Assign], ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Submitted), Reviewer));
    }

    [Fact]
    public void A_submitted_proposal_offers_an_administrator_only_assign()
    {
        Assert.Equal([Assign], ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Submitted), Administrator));
    }

    [Fact]
    public void A_resubmitted_proposal_offers_another_reviewer_only_assign()
    {
        var resubmitted = StateIn(ProposalStatus.Submitted) with { AssignedReviewerId = Reviewer.UserId };

        Assert.Equal([Assign], ReviewWorkflow.PermittedActions(resubmitted, SecondReviewer));
        Assert.Equal([Claim, Assign], ReviewWorkflow.PermittedActions(resubmitted, Reviewer));
    }

    [Fact]
    public void A_proposal_in_review_offers_its_reviewer_assign_return_and_approve()
    {
        Assert.Equal([Assign, Return, Approve], ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.InReview), Reviewer));
    }

    [Fact]
    public void A_proposal_in_review_offers_another_reviewer_only_assign()
    {
        Assert.Equal([Assign], ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.InReview), SecondReviewer));
    }

    [Fact]
    public void A_proposal_in_review_offers_its_college_nothing()
    {
        Assert.Empty(ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.InReview), OwningStaff));
    }

    [Fact]
    public void A_returned_proposal_offers_its_college_resubmit_and_withdraw()
    {
        Assert.Equal([Resubmit, Withdraw], ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Returned), OwningStaff));
    }

    [Fact]
    public void A_returned_proposal_offers_its_reviewer_nothing()
    {
        Assert.Empty(ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Returned), Reviewer));
    }

    [Fact]
    public void An_approved_program_offers_its_college_an_amendment()
    {
        Assert.Equal([StartAmendment], ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Approved), OwningStaff));
    }

    [Fact]
    public void An_approved_program_with_an_amendment_in_progress_offers_nothing()
    {
        var state = StateIn(ProposalStatus.Approved) with { HasAmendmentInProgress = true };

        Assert.Empty(ReviewWorkflow.PermittedActions(state, OwningStaff));
    }

    [Fact]
    public void Staff_of_another_college_are_offered_nothing_in_any_state()
    {
        foreach (var status in Enum.GetValues<ProposalStatus>())
        {
            Assert.Empty(ReviewWorkflow.PermittedActions(StateIn(status), OtherCollegeStaff));
        }
    }

    [Fact]
    public void Every_permitted_action_has_a_button_label()
    {
        Assert.All(ReviewWorkflow.Transitions, t => Assert.False(string.IsNullOrWhiteSpace(t.Label)));
        Assert.Equal("Return with required changes", ReviewWorkflow.TransitionOf(Return).Label);
    }
}
