using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>Integration criterion 3: the components occur simultaneously (34 CFR 463.37(a)(2)).</summary>
public class SimultaneityTests
{
    private const string Simultaneous = "IET-463.37-a2-SIMULTANEOUS";

    [Fact]
    public void Sequential_components_fail_simultaneity()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.AdultEducation.StartDate = new DateOnly(2026, 1, 12);
        scenario.AdultEducation.EndDate = new DateOnly(2026, 2, 27);
        scenario.WorkforceTraining.StartDate = new DateOnly(2026, 3, 2);
        scenario.WorkforceTraining.EndDate = new DateOnly(2026, 5, 1);

        var finding = scenario.Check(Simultaneous);

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Contains("not sequentially", finding.Message, StringComparison.Ordinal);
        Assert.Equal(
            "Adult education runs Jan 12–Feb 27, 2026, workforce preparation Jan 12–May 1, 2026 and workforce training Mar 2–May 1, 2026: "
            + "workforce training starts Mar 2, 2026, after adult education ends Feb 27, 2026, so the three never run together (overlap 0%).",
            finding.Evidence);
        Assert.Equal("WorkforceTraining.StartDate", finding.Field);
        Assert.Equal(ProposalSection.WorkforceTraining, finding.Section);
    }

    [Fact]
    public void Staggered_components_below_the_minimum_overlap_fail()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforceTraining.StartDate = new DateOnly(2026, 3, 30);

        var finding = scenario.Check(Simultaneous);

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Contains("all three run together 33 of 110 days, overlap 30% (minimum 50%)", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("staggered", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Start workforce training earlier", finding.Message, StringComparison.Ordinal);
        Assert.Equal("WorkforceTraining.StartDate", finding.Field);
    }

    [Fact]
    public void An_early_end_is_pointed_at_when_it_limits_the_overlap_most()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforcePreparation.EndDate = new DateOnly(2026, 2, 6);

        var finding = scenario.Check(Simultaneous);

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal("WorkforcePreparation.EndDate", finding.Field);
        Assert.Contains("end workforce preparation later", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(93.6, true)]
    [InlineData(93.7, false)]
    [InlineData(100, false)]
    [InlineData(0, true)]
    public void The_minimum_overlap_comes_from_the_threshold(decimal minimum, bool met)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Thresholds = ComplianceThresholds.From(new Dictionary<string, decimal> { [ThresholdKeys.MinimumOverlapPercent] = minimum });

        Assert.Equal(met ? RuleOutcome.Met : RuleOutcome.NotMet, scenario.Check(Simultaneous).Outcome);
    }

    [Fact]
    public void The_share_is_compared_as_shown_to_one_decimal()
    {
        var scenario = ComplianceScenario.Cna();
        var start = new DateOnly(2024, 1, 1);
        scenario.AdultEducation.StartDate = start;
        scenario.AdultEducation.EndDate = start.AddDays(1000);
        scenario.WorkforcePreparation.StartDate = start;
        scenario.WorkforcePreparation.EndDate = start.AddDays(1000);
        scenario.WorkforceTraining.StartDate = start.AddDays(501);
        scenario.WorkforceTraining.EndDate = start.AddDays(1000);

        var finding = scenario.Check(Simultaneous);

        Assert.Contains("all three run together 500 of 1001 days, overlap 50% (minimum 50%)", finding.Evidence, StringComparison.Ordinal);
        Assert.Equal(RuleOutcome.Met, finding.Outcome);
    }

    [Fact]
    public void Components_on_the_same_dates_overlap_fully()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforceTraining.StartDate = new DateOnly(2026, 1, 12);
        scenario.Thresholds = scenario.Thresholds with { MinimumOverlapPercent = 100 };

        var finding = scenario.Check(Simultaneous);

        Assert.Equal(RuleOutcome.Met, finding.Outcome);
        Assert.Contains("110 of 110 days, overlap 100%", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Components_sharing_a_single_day_overlap_but_not_enough()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.AdultEducation.EndDate = new DateOnly(2026, 3, 2);
        scenario.WorkforceTraining.StartDate = new DateOnly(2026, 3, 2);

        var finding = scenario.Check(Simultaneous);

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Contains("all three run together 1 of 110 days", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("staggered", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ComponentKind.AdultEducation, true, "AdultEducation.StartDate")]
    [InlineData(ComponentKind.WorkforcePreparation, false, "WorkforcePreparation.EndDate")]
    [InlineData(ComponentKind.WorkforceTraining, true, "WorkforceTraining.StartDate")]
    public void A_component_without_dates_fails_and_points_at_the_missing_date(ComponentKind kind, bool clearStart, string field)
    {
        var scenario = ComplianceScenario.Cna();
        var component = scenario.Proposal.Components.Single(c => c.Kind == kind);
        if (clearStart)
        {
            component.StartDate = null;
        }
        else
        {
            component.EndDate = null;
        }

        var finding = scenario.Check(Simultaneous);

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal(field, finding.Field);
        Assert.Contains("cannot be measured", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Reversed_component_dates_fail_simultaneity_and_the_date_check()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforceTraining.StartDate = new DateOnly(2026, 5, 1);
        scenario.WorkforceTraining.EndDate = new DateOnly(2026, 1, 19);

        var report = scenario.Evaluate();

        Assert.Equal(RuleOutcome.NotMet, report.Find(Simultaneous)!.Outcome);
        Assert.Equal(RuleOutcome.NotMet, report.Find("IET-DATA-COMPONENT-DATES")!.Outcome);
        Assert.Equal("WorkforceTraining.EndDate", report.Find("IET-DATA-COMPONENT-DATES")!.Field);
    }
}
