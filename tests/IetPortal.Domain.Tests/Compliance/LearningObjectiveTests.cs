using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>Integration criterion 5: a single set of learning objectives (34 CFR 463.37(b)).</summary>
public class LearningObjectiveTests
{
    private const string Linked = "IET-463.37-b-OBJECTIVES-LINKED";
    private const string Count = "IET-463.37-b-OBJECTIVES-COUNT";

    [Fact]
    public void Evidence_names_which_objectives_lack_which_link_and_the_field_points_at_the_first_gap()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.LearningObjectives[2].WorkforceTrainingCompetency = "";
        scenario.Proposal.LearningObjectives[4].AdultEducationContent = null;
        scenario.Proposal.LearningObjectives[4].WorkforcePreparationActivity = " ";

        var finding = scenario.Check(Linked);

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal(
            "Objective 3 lacks the workforce training competency; objective 5 lacks the adult education content and the workforce preparation activity.",
            finding.Evidence);
        Assert.Equal("LearningObjectives[2].WorkforceTrainingCompetency", finding.Field);
        Assert.Equal(ProposalSection.LearningObjectives, finding.Section);
    }

    [Theory]
    [InlineData(nameof(LearningObjective.Statement), "LearningObjectives[0].Statement")]
    [InlineData(nameof(LearningObjective.AdultEducationContent), "LearningObjectives[0].AdultEducationContent")]
    [InlineData(nameof(LearningObjective.WorkforcePreparationActivity), "LearningObjectives[0].WorkforcePreparationActivity")]
    [InlineData(nameof(LearningObjective.WorkforceTrainingCompetency), "LearningObjectives[0].WorkforceTrainingCompetency")]
    public void An_objective_missing_any_link_is_a_gap(string property, string field)
    {
        var scenario = ComplianceScenario.Cna();
        var objective = scenario.Proposal.LearningObjectives[0];
        switch (property)
        {
            case nameof(LearningObjective.Statement):
                objective.Statement = " ";
                break;
            case nameof(LearningObjective.AdultEducationContent):
                objective.AdultEducationContent = null;
                break;
            case nameof(LearningObjective.WorkforcePreparationActivity):
                objective.WorkforcePreparationActivity = null;
                break;
            default:
                objective.WorkforceTrainingCompetency = null;
                break;
        }

        var finding = scenario.Check(Linked);

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal(field, finding.Field);
    }

    [Fact]
    public void An_objective_missing_every_link_lists_them_all()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.LearningObjectives.Add(new LearningObjective { Statement = "" });

        var finding = scenario.Check(Linked);

        Assert.Equal(
            "Objective 7 lacks the statement of what learners will do, the adult education content, the workforce preparation activity and the workforce training competency.",
            finding.Evidence);
    }

    [Fact]
    public void No_objectives_fail_both_the_count_and_the_links()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.LearningObjectives.Clear();

        var report = scenario.Evaluate();

        Assert.Equal(RuleOutcome.NotMet, report.Find(Count)!.Outcome);
        Assert.Equal(RuleOutcome.NotMet, report.Find(Linked)!.Outcome);
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void The_minimum_number_of_objectives_comes_from_the_threshold(int minimum, bool met)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Thresholds = ComplianceThresholds.From(new Dictionary<string, decimal> { [ThresholdKeys.MinimumLearningObjectives] = minimum });

        var finding = scenario.Check(Count);

        Assert.Equal(met ? RuleOutcome.Met : RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal($"6 learning objectives (minimum {minimum}).", finding.Evidence);
    }

    [Fact]
    public void Team_teaching_without_overlap_hours_is_not_cooperative()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.TeamTeachingOverlapHours = 0;

        var finding = scenario.Check("IET-463.37-b-COOPERATIVE");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal("TeamTeachingOverlapHours", finding.Field);
    }

    [Fact]
    public void A_contextualized_bridge_needs_no_overlap_hours()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.InstructionalModel = InstructionalModel.ContextualizedBridge;
        scenario.Proposal.TeamTeachingOverlapHours = null;

        Assert.Equal(RuleOutcome.Met, scenario.Check("IET-463.37-b-COOPERATIVE").Outcome);
    }

    [Fact]
    public void No_instructional_model_is_not_cooperative()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.InstructionalModel = null;

        var finding = scenario.Check("IET-463.37-b-COOPERATIVE");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal("InstructionalModel", finding.Field);
    }
}
