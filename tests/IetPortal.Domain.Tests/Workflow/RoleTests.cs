using IetPortal.Domain.Common;
using IetPortal.Domain.Workflow;
using static IetPortal.Domain.Tests.Workflow.WorkflowFixtures;

namespace IetPortal.Domain.Tests.Workflow;

public class RoleTests
{
    [Fact]
    public void A_staff_user_cannot_approve()
    {
        var result = ReviewWorkflow.Decide(WorkflowAction.Approve, StateIn(ProposalStatus.InReview), OwningStaff, ValidInput());

        Assert.Equal(RefusalKind.NotPermitted, result.Refusal);
        Assert.Equal("Only state reviewers can approve this proposal.", result.Reason);
    }

    [Theory]
    [InlineData(WorkflowAction.Approve, "Only state reviewers can approve this proposal.")]
    [InlineData(WorkflowAction.Return, "Only state reviewers can return this proposal.")]
    [InlineData(WorkflowAction.Claim, "Only state reviewers can claim this proposal.")]
    public void An_administrator_cannot_review(WorkflowAction action, string reason)
    {
        var state = StateIn(action == WorkflowAction.Claim ? ProposalStatus.Submitted : ProposalStatus.InReview) with { AssignedReviewerId = null };

        var result = ReviewWorkflow.Decide(action, state, Administrator, ValidInput());

        Assert.Equal(RefusalKind.NotPermitted, result.Refusal);
        Assert.Equal(reason, result.Reason);
    }

    [Theory]
    [InlineData(WorkflowAction.Submit, ProposalStatus.Draft, "Only staff of the owning college can submit this proposal.")]
    [InlineData(WorkflowAction.Resubmit, ProposalStatus.Returned, "Only staff of the owning college can resubmit this proposal.")]
    [InlineData(WorkflowAction.Withdraw, ProposalStatus.Submitted, "Only staff of the owning college can withdraw this proposal.")]
    [InlineData(WorkflowAction.StartAmendment, ProposalStatus.Approved, "Only staff of the owning college can start an amendment of this proposal.")]
    public void Staff_of_another_college_cannot_act_on_a_proposal(WorkflowAction action, ProposalStatus status, string reason)
    {
        var result = ReviewWorkflow.Decide(action, StateIn(status), OtherCollegeStaff, ValidInput());

        Assert.Equal(RefusalKind.NotPermitted, result.Refusal);
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public void A_reviewer_cannot_submit_a_draft()
    {
        var result = ReviewWorkflow.Decide(WorkflowAction.Submit, StateIn(ProposalStatus.Draft), Reviewer, ValidInput());

        Assert.Equal(RefusalKind.NotPermitted, result.Refusal);
    }

    [Fact]
    public void A_reviewer_cannot_assign_to_someone_who_is_no_reviewer()
    {
        var input = ValidInput() with { Assignee = Administrator };

        var result = ReviewWorkflow.Decide(WorkflowAction.Assign, StateIn(ProposalStatus.Submitted), Reviewer, input);

        Assert.Equal("Only a state reviewer can be assigned a proposal.", result.Reason);
    }

    [Fact]
    public void Staff_without_a_college_are_staff_of_no_college()
    {
        var staff = new WorkflowActor("staff-unplaced", [RoleNames.CollegeStaff]);

        Assert.Empty(ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Draft), staff));
    }

    [Fact]
    public void A_user_with_two_roles_may_take_the_actions_of_both()
    {
        var adminReviewer = new WorkflowActor("admin-reviewer", [RoleNames.Administrator, RoleNames.StateReviewer]);

        var permitted = ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Submitted), adminReviewer);

        Assert.Equal([WorkflowAction.Claim, WorkflowAction.Assign], permitted);
    }

    [Fact]
    public void Role_names_are_compared_exactly()
    {
        var lookalike = new WorkflowActor("someone", ["statereviewer"]);

        Assert.Empty(ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Submitted), lookalike));
    }
}
