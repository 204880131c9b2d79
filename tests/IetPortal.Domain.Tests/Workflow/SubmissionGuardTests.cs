using IetPortal.Domain.Compliance;
using IetPortal.Domain.Tests.Compliance;
using IetPortal.Domain.Workflow;
using static IetPortal.Domain.Tests.Workflow.WorkflowFixtures;

namespace IetPortal.Domain.Tests.Workflow;

public class SubmissionGuardTests
{
    private const string AgeStated = "IET-WI-ELIGIBLE-AGE-STATED";

    [Theory]
    [InlineData(WorkflowAction.Submit, ProposalStatus.Draft)]
    [InlineData(WorkflowAction.Resubmit, ProposalStatus.Returned)]
    public void Sending_a_complete_proposal_for_review_is_allowed(WorkflowAction action, ProposalStatus status)
    {
        var result = ReviewWorkflow.Decide(action, StateIn(status), OwningStaff, new WorkflowInput { ComplianceReport = CleanReport });

        Assert.Equal(ProposalStatus.Submitted, result.NewStatus);
    }

    [Theory]
    [InlineData(WorkflowAction.Submit, ProposalStatus.Draft)]
    [InlineData(WorkflowAction.Resubmit, ProposalStatus.Returned)]
    public void Submitting_with_a_blocking_compliance_error_is_refused(WorkflowAction action, ProposalStatus status)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.CohortCapacity = 0;

        var result = ReviewWorkflow.Decide(action, StateIn(status), OwningStaff, new WorkflowInput { ComplianceReport = scenario.Evaluate() });

        Assert.Equal(RefusalKind.GuardNotMet, result.Refusal);
        Assert.Equal("Fix the compliance errors that block submission: IET-DATA-CAPACITY.", result.Reason);
    }

    [Fact]
    public void Submitting_with_an_unacknowledged_warning_is_refused()
    {
        var result = ReviewWorkflow.Decide(WorkflowAction.Submit, StateIn(ProposalStatus.Draft), OwningStaff, new WorkflowInput { ComplianceReport = ReportWarningAboutAge() });

        Assert.Equal(RefusalKind.GuardNotMet, result.Refusal);
        Assert.Equal($"Acknowledge each compliance warning with a note: {AgeStated}.", result.Reason);
    }

    [Fact]
    public void A_blank_acknowledgement_does_not_count()
    {
        var input = new WorkflowInput { ComplianceReport = ReportWarningAboutAge(), Acknowledgements = new Dictionary<string, string> { [AgeStated] = "  " } };

        var result = ReviewWorkflow.Decide(WorkflowAction.Submit, StateIn(ProposalStatus.Draft), OwningStaff, input);

        Assert.False(result.IsAllowed);
    }

    [Fact]
    public void Submitting_with_every_warning_acknowledged_is_allowed()
    {
        var input = new WorkflowInput
        {
            ComplianceReport = ReportWarningAboutAge(),
            Acknowledgements = new Dictionary<string, string> { [AgeStated] = "Eligibility notes say Wisconsin residents 18 and older." },
        };

        var result = ReviewWorkflow.Decide(WorkflowAction.Submit, StateIn(ProposalStatus.Draft), OwningStaff, input);

        Assert.True(result.IsAllowed, result.Reason);
    }

    [Fact]
    public void Errors_and_unacknowledged_warnings_are_reported_together()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.MinimumAge = null;
        scenario.Proposal.CohortCapacity = 0;

        var result = ReviewWorkflow.Decide(WorkflowAction.Submit, StateIn(ProposalStatus.Draft), OwningStaff, new WorkflowInput { ComplianceReport = scenario.Evaluate() });

        Assert.Equal(2, result.Reasons.Count);
    }

    [Fact]
    public void Submitting_without_a_compliance_report_is_refused()
    {
        var result = ReviewWorkflow.Decide(WorkflowAction.Submit, StateIn(ProposalStatus.Draft), OwningStaff);

        Assert.Equal(RefusalKind.GuardNotMet, result.Refusal);
        Assert.Equal("Run the compliance check before sending the proposal for review.", result.Reason);
    }

    [Fact]
    public void A_draft_with_compliance_errors_still_offers_submit_so_the_page_can_say_what_to_fix()
    {
        Assert.Contains(WorkflowAction.Submit, ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.Draft), OwningStaff));
    }

    private static ComplianceReport ReportWarningAboutAge()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.MinimumAge = null;
        return scenario.Evaluate();
    }
}
