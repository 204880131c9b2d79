using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

public class SubmissionGateTests
{
    private const string AgeStated = "IET-WI-ELIGIBLE-AGE-STATED";
    private const string InDemand = "IET-WI-IN-DEMAND";

    private static readonly Dictionary<string, string> NoAcknowledgements = [];

    private static ComplianceReport ReportWithTwoWarnings()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.MinimumAge = null;
        scenario.Proposal.WorkforceAreas = [new ProposalWorkforceArea { WorkforceDevelopmentAreaId = RealisticProposals.WowWdaId }];
        return scenario.Evaluate();
    }

    [Fact]
    public void A_complete_proposal_is_allowed()
    {
        var result = SubmissionGate.Check(ComplianceScenario.Cna().Evaluate(), NoAcknowledgements);

        Assert.Equal(SubmissionGateOutcome.Allowed, result.Outcome);
        Assert.True(result.IsAllowed);
        Assert.Empty(result.BlockingRuleIds);
        Assert.Empty(result.UnacknowledgedWarningRuleIds);
    }

    [Fact]
    public void Errors_block_submission_and_are_listed()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.AdultEducation.ContentStandards = null;
        scenario.Proposal.CohortCapacity = 0;

        var result = SubmissionGate.Check(scenario.Evaluate(), NoAcknowledgements);

        Assert.Equal(SubmissionGateOutcome.Blocked, result.Outcome);
        Assert.Equal(["IET-463.38-a-CONTENT-STANDARDS", "IET-DATA-CAPACITY"], result.BlockingRuleIds);
    }

    [Fact]
    public void Errors_block_even_when_every_warning_is_acknowledged_and_the_warnings_are_still_listed()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.MinimumAge = null;
        scenario.Proposal.CipCode = "51";

        var result = SubmissionGate.Check(scenario.Evaluate(), NoAcknowledgements);

        Assert.Equal(SubmissionGateOutcome.Blocked, result.Outcome);
        Assert.Equal(["IET-DATA-CIP-CODE"], result.BlockingRuleIds);
        Assert.Equal([AgeStated], result.UnacknowledgedWarningRuleIds);
    }

    [Fact]
    public void Unacknowledged_warnings_need_acknowledgements()
    {
        var result = SubmissionGate.Check(ReportWithTwoWarnings(), new Dictionary<string, string> { [AgeStated] = "Learners are 18+, see eligibility notes." });

        Assert.Equal(SubmissionGateOutcome.NeedsAcknowledgements, result.Outcome);
        Assert.Equal([InDemand], result.UnacknowledgedWarningRuleIds);
        Assert.Empty(result.BlockingRuleIds);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void A_blank_note_does_not_acknowledge_a_warning(string? note)
    {
        var acknowledgements = new Dictionary<string, string> { [AgeStated] = note!, [InDemand] = "WOW board plan lists CNAs under healthcare." };

        var result = SubmissionGate.Check(ReportWithTwoWarnings(), acknowledgements);

        Assert.Equal(SubmissionGateOutcome.NeedsAcknowledgements, result.Outcome);
        Assert.Equal([AgeStated], result.UnacknowledgedWarningRuleIds);
    }

    [Fact]
    public void Every_warning_acknowledged_with_a_note_allows_submission()
    {
        var acknowledgements = new Dictionary<string, string>
        {
            [AgeStated] = "Eligibility notes say Wisconsin residents 18 and older.",
            [InDemand] = "The WOW board plan lists healthcare support occupations as a priority.",
            ["IET-NOT-A-RULE"] = "ignored",
        };

        var result = SubmissionGate.Check(ReportWithTwoWarnings(), acknowledgements);

        Assert.Equal(SubmissionGateOutcome.Allowed, result.Outcome);
    }

    [Fact]
    public void Acknowledging_an_error_does_not_unblock_it()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.CohortCapacity = null;

        var result = SubmissionGate.Check(scenario.Evaluate(), new Dictionary<string, string> { ["IET-DATA-CAPACITY"] = "We will decide later." });

        Assert.Equal(SubmissionGateOutcome.Blocked, result.Outcome);
    }

    [Fact]
    public void The_gate_reads_a_report_restored_from_json()
    {
        var stored = ComplianceReport.FromJson(ReportWithTwoWarnings().ToJson());

        var result = SubmissionGate.Check(stored, NoAcknowledgements);

        Assert.Equal([AgeStated, InDemand], result.UnacknowledgedWarningRuleIds.Order(StringComparer.Ordinal));
    }
}
