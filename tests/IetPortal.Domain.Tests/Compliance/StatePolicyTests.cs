using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>Wisconsin state policy, labelled as such.</summary>
public class StatePolicyTests
{
    [Theory]
    [InlineData(16, RuleOutcome.NotMet)]
    [InlineData(17, RuleOutcome.NotMet)]
    [InlineData(18, RuleOutcome.Met)]
    [InlineData(25, RuleOutcome.Met)]
    public void Learners_must_be_at_least_the_state_minimum_age(int minimumAge, RuleOutcome expected)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.MinimumAge = minimumAge;

        var finding = scenario.Check("IET-WI-ELIGIBLE-AGE");

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(RuleOrigin.StatePolicy, finding.Origin);
    }

    [Fact]
    public void The_minimum_age_comes_from_the_threshold()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Thresholds = ComplianceThresholds.From(new Dictionary<string, decimal> { [ThresholdKeys.MinimumEligibleAge] = 19 });

        var finding = scenario.Check("IET-WI-ELIGIBLE-AGE");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal("Minimum age 18 (state minimum 19).", finding.Evidence);
    }

    [Fact]
    public void An_unstated_minimum_age_needs_attention_without_blocking()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.MinimumAge = null;

        var report = scenario.Evaluate();

        Assert.Equal(RuleOutcome.Met, report.Find("IET-WI-ELIGIBLE-AGE")!.Outcome);
        Assert.Equal(RuleOutcome.NeedsAttention, report.Find("IET-WI-ELIGIBLE-AGE-STATED")!.Outcome);
        Assert.False(report.HasBlockingErrors);
        Assert.Equal(1, report.WarningCount);
    }

    [Fact]
    public void Recruitment_strategies_are_required()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.RecruitmentStrategies = "";

        var finding = scenario.Check("IET-WI-EQUITY-RECRUITMENT");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal(ProposalSection.EquityAndSupports, finding.Section);
    }

    [Theory]
    [InlineData(LearnerSupports.None, RuleOutcome.NotMet)]
    [InlineData(LearnerSupports.Childcare, RuleOutcome.Met)]
    [InlineData(LearnerSupports.Transportation | LearnerSupports.CaseManagement, RuleOutcome.Met)]
    public void At_least_one_learner_support_is_required(LearnerSupports supports, RuleOutcome expected)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.LearnerSupports = supports;

        Assert.Equal(expected, scenario.Check("IET-WI-EQUITY-SUPPORTS").Outcome);
    }

    [Fact]
    public void A_credential_that_is_not_system_approved_is_an_error()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.ChangeCredential(RealisticProposals.NursingAssistantCredentialId, c => c with { IsSystemApproved = false });

        var finding = scenario.Check("IET-WI-CREDENTIAL-APPROVED");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal("Nursing Assistant (30-543-1) is not a system-approved credential.", finding.Evidence);
        Assert.Contains("lite", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credential_missing_from_the_reference_data_no_longer_exists()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.Credentials = [new ProposalCredential { CredentialId = 404 }];

        var report = scenario.Evaluate();

        Assert.Equal("A chosen credential no longer exists.", report.Find("IET-WI-CREDENTIAL-APPROVED")!.Evidence);
        Assert.Equal("Credential 404 is not a credential of the Nursing pathway.", report.Find("IET-463.38-b-CREDENTIAL")!.Evidence);
    }
}
