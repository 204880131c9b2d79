using IetPortal.Domain.Workflow;
using static IetPortal.Domain.Tests.Workflow.Role;
using static IetPortal.Domain.Workflow.ProposalStatus;
using static IetPortal.Domain.Workflow.WorkflowAction;

namespace IetPortal.Domain.Tests.Workflow;

/// <summary>
/// Every action in every state for every role, with valid input: allowed exactly where this table (written from
/// PRODUCT.md and issue 5, not from the code) says, refused with a reason everywhere else.
/// </summary>
public class TransitionMatrixTests
{
    private static readonly HashSet<(WorkflowAction Action, ProposalStatus From, Role Role)> Allowed =
    [
        (Submit, Draft, OwningStaff),
        (Resubmit, Returned, OwningStaff),
        (Claim, Submitted, Reviewer),
        (Assign, Submitted, Reviewer),
        (Assign, Submitted, Administrator),
        (Assign, InReview, Reviewer),
        (Assign, InReview, Administrator),
        (Return, InReview, Reviewer),
        (Approve, InReview, Reviewer),
        (Withdraw, Draft, OwningStaff),
        (Withdraw, Submitted, OwningStaff),
        (Withdraw, Returned, OwningStaff),
        (StartAmendment, Approved, OwningStaff),
    ];

    private static readonly Dictionary<WorkflowAction, ProposalStatus> LeadsTo = new()
    {
        [Submit] = Submitted,
        [Resubmit] = Submitted,
        [Claim] = InReview,
        [Assign] = InReview,
        [Return] = Returned,
        [Approve] = Approved,
        [Withdraw] = Withdrawn,
        [StartAmendment] = Approved,
    };

    public static TheoryData<WorkflowAction, ProposalStatus, Role> EveryActionStateAndRole()
    {
        var data = new TheoryData<WorkflowAction, ProposalStatus, Role>();
        foreach (var action in Enum.GetValues<WorkflowAction>())
        {
            foreach (var status in Enum.GetValues<ProposalStatus>())
            {
                foreach (var role in Enum.GetValues<Role>())
                {
                    data.Add(action, status, role);
                }
            }
        }

        return data;
    }

    public static TheoryData<ProposalStatus, Role> EveryStateAndRole()
    {
        var data = new TheoryData<ProposalStatus, Role>();
        foreach (var status in Enum.GetValues<ProposalStatus>())
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                data.Add(status, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionStateAndRole))]
    public void An_action_is_allowed_only_in_the_states_and_for_the_roles_the_workflow_names(WorkflowAction action, ProposalStatus status, Role role)
    {
        var result = ReviewWorkflow.Decide(action, WorkflowFixtures.StateIn(status), WorkflowFixtures.For(role), WorkflowFixtures.ValidInput());

        if (Allowed.Contains((action, status, role)))
        {
            Assert.True(result.IsAllowed, result.Reason);
            Assert.Equal(LeadsTo[action], result.NewStatus);
            Assert.Null(result.Refusal);
            Assert.Empty(result.Reasons);
        }
        else
        {
            Assert.False(result.IsAllowed, $"{role} was allowed to {action} a proposal that is {status}.");
            Assert.Null(result.NewStatus);
            Assert.NotNull(result.Refusal);
            Assert.NotEmpty(result.Reasons);
            Assert.All(result.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r)));
        }

        Assert.Equal(action, result.Action);
    }

    [Theory]
    [MemberData(nameof(EveryStateAndRole))]
    public void The_permitted_actions_are_exactly_the_allowed_ones(ProposalStatus status, Role role)
    {
        var expected = Allowed.Where(a => a.From == status && a.Role == role).Select(a => a.Action).Order();

        var permitted = ReviewWorkflow.PermittedActions(WorkflowFixtures.StateIn(status), WorkflowFixtures.For(role));

        Assert.Equal(expected, permitted.Order());
    }
}
