using IetPortal.Domain.Compliance;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>Removing one required element from the complete proposal produces exactly the expected finding.</summary>
public class SingleFindingTests
{
    public static TheoryData<string> RuleIds => RuleViolations.RuleIds();

    [Fact]
    public void Every_rule_has_a_case_that_breaks_it()
    {
        var catalogue = RuleCatalogue.All.Select(r => r.Id).Order(StringComparer.Ordinal);
        var cases = RuleViolations.ByRuleId.Keys.Order(StringComparer.Ordinal);

        Assert.Equal(catalogue, cases);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Breaking_one_rule_produces_exactly_that_finding(string ruleId)
    {
        var violation = RuleViolations.ByRuleId[ruleId];
        var scenario = ComplianceScenario.Cna();
        var rule = RuleCatalogue.Find(ruleId)!;

        violation.Apply(scenario);
        var report = scenario.Evaluate();

        var finding = report.Find(ruleId)!;
        var expectedOutcome = rule.Severity == RuleSeverity.Error ? RuleOutcome.NotMet : RuleOutcome.NeedsAttention;
        Assert.Equal(expectedOutcome, finding.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));

        var notMet = report.Findings.Where(f => f.Outcome == RuleOutcome.NotMet).Select(f => f.RuleId);
        Assert.Equal(rule.Severity == RuleSeverity.Error ? [ruleId] : [], notMet);

        var needsAttention = report.Findings.Where(f => f.Outcome == RuleOutcome.NeedsAttention).Select(f => f.RuleId).Order(StringComparer.Ordinal);
        var expectedAttention = violation.DependentWarnings
            .Concat(rule.Severity == RuleSeverity.Warning ? [ruleId] : [])
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedAttention, needsAttention);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void A_broken_rule_counts_once_as_an_error_or_as_a_warning(string ruleId)
    {
        var violation = RuleViolations.ByRuleId[ruleId];
        var scenario = ComplianceScenario.Cna();
        var rule = RuleCatalogue.Find(ruleId)!;

        violation.Apply(scenario);
        var report = scenario.Evaluate();

        var warnings = violation.DependentWarnings.Length + (rule.Severity == RuleSeverity.Warning ? 1 : 0);
        Assert.Equal(rule.Severity == RuleSeverity.Error ? 1 : 0, report.ErrorCount);
        Assert.Equal(warnings, report.WarningCount);
    }
}
