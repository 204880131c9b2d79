using IetPortal.Domain.Compliance;

namespace IetPortal.Domain.Tests.Compliance;

public class CompleteProposalTests
{
    [Fact]
    public void The_complete_CNA_proposal_has_no_errors_and_no_warnings()
    {
        var report = ComplianceScenario.Cna().Evaluate();

        var notMet = report.Findings.Where(f => f.Outcome != RuleOutcome.Met).Select(f => $"{f.RuleId}: {f.Evidence}");
        Assert.Empty(notMet);
        Assert.Equal(0, report.ErrorCount);
        Assert.Equal(0, report.WarningCount);
        Assert.False(report.HasBlockingErrors);
    }

    [Fact]
    public void The_report_has_one_finding_per_rule_in_catalogue_order()
    {
        var report = ComplianceScenario.Cna().Evaluate();

        Assert.Equal(RuleCatalogue.All.Select(r => r.Id), report.Findings.Select(f => f.RuleId));
        Assert.Equal(RuleCatalogue.RuleSetVersion, report.RuleSetVersion);
    }

    [Fact]
    public void Every_finding_gives_evidence_and_a_met_finding_gives_no_message()
    {
        var report = ComplianceScenario.Cna().Evaluate();

        Assert.All(report.Findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Evidence), f.RuleId);
            Assert.Null(f.Message);
        });
    }

    [Fact]
    public void Evaluation_is_a_pure_function_of_its_input()
    {
        var scenario = ComplianceScenario.Cna();

        var first = scenario.Evaluate().ToJson();
        var second = scenario.Evaluate().ToJson();

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_simultaneity_evidence_states_the_dates_and_the_overlap_share()
    {
        var finding = ComplianceScenario.Cna().Check("IET-463.37-a2-SIMULTANEOUS");

        Assert.Equal(
            "Adult education runs Jan 12–May 1, 2026, workforce preparation Jan 12–May 1, 2026 and workforce training "
            + "Jan 19–May 1, 2026: all three run together 103 of 110 days, overlap 93.6% (minimum 50%).",
            finding.Evidence);
    }

    [Fact]
    public void A_blank_new_draft_is_blocked_but_the_evaluation_does_not_fail()
    {
        var draft = Proposals.IetProposal.StartDraft(collegeId: 8, title: "New IET");

        var report = ComplianceEvaluator.Evaluate(draft, ComplianceReferenceData.Empty, ComplianceThresholds.Defaults);

        Assert.True(report.HasBlockingErrors);
        Assert.Equal(RuleCatalogue.All.Count, report.Findings.Count);
        Assert.All(report.Findings.Where(f => f.Outcome != RuleOutcome.Met), f => Assert.False(string.IsNullOrWhiteSpace(f.Message), f.RuleId));
    }
}
