using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>Integration criteria 1, 2 and 4: intensity and quality, research, materials (34 CFR 463.37(a)(1), (a)(3)).</summary>
public class IntegrationCriteriaTests
{
    [Theory]
    [InlineData(ThresholdKeys.MinimumAdultEducationHours, "IET-463.37-a1-AEL-INTENSITY", 97, false)]
    [InlineData(ThresholdKeys.MinimumAdultEducationHours, "IET-463.37-a1-AEL-INTENSITY", 96, true)]
    [InlineData(ThresholdKeys.MinimumWorkforcePreparationHours, "IET-463.37-a1-WP-INTENSITY", 40, false)]
    [InlineData(ThresholdKeys.MinimumWorkforcePreparationHours, "IET-463.37-a1-WP-INTENSITY", 32, true)]
    [InlineData(ThresholdKeys.MinimumWorkforceTrainingHours, "IET-463.37-a1-WT-INTENSITY", 121, false)]
    [InlineData(ThresholdKeys.MinimumWorkforceTrainingHours, "IET-463.37-a1-WT-INTENSITY", 120, true)]
    public void Contact_hours_are_compared_with_the_administrator_set_minimum(string key, string ruleId, int minimum, bool met)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Thresholds = ComplianceThresholds.From(new Dictionary<string, decimal> { [key] = minimum });

        var finding = scenario.Check(ruleId);

        Assert.Equal(met ? RuleOutcome.Met : RuleOutcome.NotMet, finding.Outcome);
        Assert.Contains($"(minimum {minimum})", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_without_instructor_points_at_its_instructors()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforceTraining.Instructors = [new Instructor { Name = "  " }];

        var finding = scenario.Check("IET-463.37-a1-WT-INTENSITY");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal("WorkforceTraining.Instructors", finding.Field);
        Assert.Equal(ProposalSection.WorkforceTraining, finding.Section);
        Assert.Equal("120 contact hours (minimum 1); no instructor assigned; quality described.", finding.Evidence);
    }

    [Fact]
    public void Every_intensity_gap_is_listed_and_the_field_points_at_the_first()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.AdultEducation.ContactHours = null;
        scenario.AdultEducation.Instructors.Clear();
        scenario.AdultEducation.QualityDescription = null;

        var finding = scenario.Check("IET-463.37-a1-AEL-INTENSITY");

        Assert.Equal("AdultEducation.ContactHours", finding.Field);
        Assert.Equal("No contact hours entered (minimum 1); no instructor assigned; no quality description.", finding.Evidence);
        Assert.Equal(
            "Plan at least 1 contact hour of adult education and literacy, assign an instructor, with their qualifications, to the "
            + "adult education and literacy component and describe what makes the instruction high quality (qualified staff, methods, class size, assessment).",
            finding.Message);
    }

    [Fact]
    public void Adult_education_must_say_how_its_research_is_applied_but_other_components_need_only_cite()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.AdultEducation.ResearchBases.ForEach(r => r.HowApplied = null);
        scenario.WorkforceTraining.ResearchBases.ForEach(r => r.HowApplied = null);

        var report = scenario.Evaluate();

        Assert.Equal(RuleOutcome.NotMet, report.Find("IET-463.37-a1-AEL-RESEARCH")!.Outcome);
        Assert.Equal(RuleOutcome.Met, report.Find("IET-463.37-a1-WT-RESEARCH")!.Outcome);
    }

    [Theory]
    [InlineData(ComponentKind.AdultEducation, "IET-463.37-a1-AEL-RESEARCH")]
    [InlineData(ComponentKind.WorkforcePreparation, "IET-463.37-a1-WP-RESEARCH")]
    [InlineData(ComponentKind.WorkforceTraining, "IET-463.37-a1-WT-RESEARCH")]
    public void A_component_without_research_basis_is_not_met(ComponentKind kind, string ruleId)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.Components.Single(c => c.Kind == kind).ResearchBases.Clear();

        var finding = scenario.Check(ruleId);

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal(ProposalSection.MaterialsAndResearch, finding.Section);
    }

    [Theory]
    [InlineData(ComponentKind.AdultEducation, "IET-463.37-a3-AEL-MATERIALS")]
    [InlineData(ComponentKind.WorkforcePreparation, "IET-463.37-a3-WP-MATERIALS")]
    [InlineData(ComponentKind.WorkforceTraining, "IET-463.37-a3-WT-MATERIALS")]
    public void Materials_that_are_not_occupationally_relevant_do_not_count(ComponentKind kind, string ruleId)
    {
        var scenario = ComplianceScenario.Cna();
        var component = scenario.Proposal.Components.Single(c => c.Kind == kind);
        component.Materials = [new InstructionalMaterial { Title = "General grammar workbook", IsOccupationallyRelevant = false }];

        var finding = scenario.Check(ruleId);

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal("The only material listed is not marked occupationally relevant.", finding.Evidence);

        component.Materials.Add(new InstructionalMaterial { Title = "Employer safety data sheets", IsOccupationallyRelevant = true });
        Assert.Equal(RuleOutcome.Met, scenario.Check(ruleId).Outcome);
    }
}
