using IetPortal.Domain.Workflow;

namespace IetPortal.Domain.Tests.Workflow;

public class FinalStateTests
{
    public static TheoryData<WorkflowAction, Role> EveryActionAndRole()
    {
        var data = new TheoryData<WorkflowAction, Role>();
        foreach (var action in Enum.GetValues<WorkflowAction>())
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                data.Add(action, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionAndRole))]
    public void Nobody_can_act_on_a_withdrawn_proposal(WorkflowAction action, Role role)
    {
        var result = ReviewWorkflow.Decide(action, WorkflowFixtures.StateIn(ProposalStatus.Withdrawn), WorkflowFixtures.For(role), WorkflowFixtures.ValidInput());

        Assert.Equal(RefusalKind.NotInThisState, result.Refusal);
        Assert.Equal("Nobody can act on this proposal: it is withdrawn.", result.Reason);
    }

    [Theory]
    [MemberData(nameof(EveryActionAndRole))]
    public void Nobody_can_act_on_a_superseded_proposal(WorkflowAction action, Role role)
    {
        var result = ReviewWorkflow.Decide(action, WorkflowFixtures.StateIn(ProposalStatus.Superseded), WorkflowFixtures.For(role), WorkflowFixtures.ValidInput());

        Assert.Equal(RefusalKind.NotInThisState, result.Refusal);
        Assert.Equal("Nobody can act on this proposal: it is superseded by an approved amendment.", result.Reason);
    }

    [Fact]
    public void Withdrawn_and_superseded_are_the_only_final_states()
    {
        var final = Enum.GetValues<ProposalStatus>().Where(ReviewWorkflow.IsFinal);

        Assert.Equal([ProposalStatus.Withdrawn, ProposalStatus.Superseded], final);
    }

    [Fact]
    public void A_proposal_in_review_cannot_be_withdrawn()
    {
        var result = ReviewWorkflow.Decide(WorkflowAction.Withdraw, WorkflowFixtures.StateIn(ProposalStatus.InReview), WorkflowFixtures.OwningStaff);

        Assert.Equal(RefusalKind.NotInThisState, result.Refusal);
        Assert.Equal("You cannot withdraw this proposal: it is in review.", result.Reason);
    }

    [Fact]
    public void An_approved_program_cannot_be_withdrawn()
    {
        var result = ReviewWorkflow.Decide(WorkflowAction.Withdraw, WorkflowFixtures.StateIn(ProposalStatus.Approved), WorkflowFixtures.OwningStaff);

        Assert.Equal("You cannot withdraw this proposal: it is approved.", result.Reason);
    }

    [Theory]
    [InlineData(Role.OwningStaff)]
    [InlineData(Role.Reviewer)]
    [InlineData(Role.Administrator)]
    public void Nobody_can_supersede_a_program_by_hand(Role role)
    {
        var result = ReviewWorkflow.Decide(WorkflowAction.Supersede, WorkflowFixtures.StateIn(ProposalStatus.Approved), WorkflowFixtures.For(role));

        Assert.Equal(RefusalKind.NotPermitted, result.Refusal);
        Assert.Equal("Nobody can supersede a proposal by hand: that happens when its amendment is approved.", result.Reason);
    }

    [Fact]
    public void A_second_reviewer_deciding_after_the_first_is_told_the_proposal_moved_on()
    {
        var result = ReviewWorkflow.Decide(WorkflowAction.Return, WorkflowFixtures.StateIn(ProposalStatus.Approved), WorkflowFixtures.Reviewer, WorkflowFixtures.ValidInput());

        Assert.Equal(RefusalKind.NotInThisState, result.Refusal);
        Assert.Equal("You cannot return this proposal: it is approved.", result.Reason);
    }
}
