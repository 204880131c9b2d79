using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>The three required components of 34 CFR 463.36.</summary>
public class RequiredComponentTests
{
    private const string OccupationalCourses = "IET-463.36-c-WT-OCCUPATIONAL-COURSES";

    [Theory]
    [InlineData("OSHA 10 General Industry")]
    [InlineData("osha-30 construction")]
    [InlineData("OSHA10")]
    [InlineData("CPR and First Aid")]
    [InlineData("first aid")]
    [InlineData("Computer Basics")]
    [InlineData("Digital Literacy for the Workplace")]
    [InlineData("Keyboarding I")]
    [InlineData("Employability Skills")]
    [InlineData("Soft skills seminar")]
    [InlineData("Microsoft Office Essentials")]
    [InlineData("Financial Literacy")]
    [InlineData("Career Readiness Certificate prep")]
    public void Training_made_only_of_general_courses_is_not_training(string title)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforceTraining.Courses = [new TrainingCourse { CourseNumber = "10-000-001", Title = title }];

        var finding = scenario.Check(OccupationalCourses);

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Contains("general course", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("workforce preparation", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_course_flagged_general_is_not_training_whatever_its_title()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforceTraining.Courses = [new TrainingCourse { Title = "Workplace Orientation", IsGeneralCourse = true }];

        Assert.Equal(RuleOutcome.NotMet, scenario.Check(OccupationalCourses).Outcome);
    }

    [Theory]
    [InlineData("Nursing Assistant")]
    [InlineData("Welding: Gas Metal Arc (GMAW)")]
    [InlineData("CNC Operator Fundamentals")]
    [InlineData("Commercial Driver License: Class A")]
    public void An_occupation_specific_course_is_training(string title)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforceTraining.Courses = [new TrainingCourse { Title = title }];

        Assert.Equal(RuleOutcome.Met, scenario.Check(OccupationalCourses).Outcome);
    }

    [Fact]
    public void Occupational_training_alongside_a_general_course_is_training()
    {
        var finding = ComplianceScenario.Cna().Check(OccupationalCourses);

        Assert.Equal(RuleOutcome.Met, finding.Outcome);
        Assert.Equal(
            "1 occupation-specific course, e.g. 30-543-300 “Nursing Assistant”; 1 general course counted as preparation, e.g. “CPR / BLS for Healthcare Providers”.",
            finding.Evidence);
    }

    [Fact]
    public void Training_without_courses_is_not_met()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforceTraining.Courses.Clear();

        Assert.Equal(RuleOutcome.NotMet, scenario.Check(OccupationalCourses).Outcome);
    }

    [Fact]
    public void A_proposal_without_an_adult_education_component_fails_every_rule_about_it()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.Components.RemoveAll(c => c.Kind == ComponentKind.AdultEducation);

        var report = scenario.Evaluate();

        var notMet = report.Findings.Where(f => f.Outcome == RuleOutcome.NotMet).Select(f => f.RuleId).ToHashSet();
        var expected = new HashSet<string>
        {
            "IET-463.36-a-AEL-ACTIVITY",
            "IET-463.36-a-AEL-SKILLS",
            "IET-463.35-AEL-CONTEXTUALIZED",
            "IET-463.37-a1-AEL-INTENSITY",
            "IET-463.37-a1-AEL-RESEARCH",
            "IET-463.37-a3-AEL-MATERIALS",
            "IET-463.37-a2-SIMULTANEOUS",
            "IET-463.38-a-CONTENT-STANDARDS",
        };
        Assert.Subset(notMet, expected);
        var activity = report.Find("IET-463.36-a-AEL-ACTIVITY")!;
        Assert.Equal("The proposal has no adult education and literacy component.", activity.Evidence);
        Assert.Equal(ProposalSection.AdultEducation, activity.Section);
    }

    [Fact]
    public void Adult_education_skills_other_than_the_four_core_skills_are_not_enough()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.AdultEducation.Skills = (LiteracySkills)16;

        Assert.Equal(RuleOutcome.NotMet, scenario.Check("IET-463.36-a-AEL-SKILLS").Outcome);
    }

    [Theory]
    [InlineData(LiteracySkills.Reading)]
    [InlineData(LiteracySkills.Writing)]
    [InlineData(LiteracySkills.Mathematics)]
    [InlineData(LiteracySkills.EnglishLanguage)]
    public void Any_one_core_literacy_skill_is_enough(LiteracySkills skills)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.AdultEducation.Skills = skills;

        Assert.Equal(RuleOutcome.Met, scenario.Check("IET-463.36-a-AEL-SKILLS").Outcome);
    }

    [Fact]
    public void Workforce_preparation_without_activities_is_an_error_and_covers_no_area()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforcePreparation.Activities.Clear();

        var report = scenario.Evaluate();

        Assert.Equal(RuleOutcome.NotMet, report.Find("IET-463.36-b-WP-ACTIVITIES")!.Outcome);
        Assert.Equal(RuleOutcome.NeedsAttention, report.Find("IET-463.34-WP-AREAS")!.Outcome);
    }

    [Fact]
    public void Workforce_preparation_in_a_single_area_needs_attention_but_does_not_block()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforcePreparation.Activities.ForEach(a => a.Area = WorkforcePreparationArea.WorkingWithOthers);

        var report = scenario.Evaluate();

        var areas = report.Find("IET-463.34-WP-AREAS")!;
        Assert.Equal(RuleOutcome.NeedsAttention, areas.Outcome);
        Assert.Equal("Areas covered: working with others (1 of the 10 areas of 34 CFR 463.34).", areas.Evidence);
        Assert.False(report.HasBlockingErrors);
        Assert.Equal(1, report.WarningCount);
    }

    [Fact]
    public void An_occupational_cluster_without_a_SOC_code_names_the_training_target()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.OccupationSocCode = null;
        scenario.Proposal.OccupationalCluster = "Health Science";

        var finding = scenario.Check("IET-463.36-c-WT-OCCUPATION");

        Assert.Equal(RuleOutcome.Met, finding.Outcome);
        Assert.Equal("Occupational cluster: “Health Science”.", finding.Evidence);
    }

    [Fact]
    public void Neither_adult_basic_education_nor_ELL_learners_is_not_an_eligible_population()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.ServesEnglishLanguageLearners = false;
        scenario.Proposal.ServesAdultBasicEducation = false;

        Assert.Equal(RuleOutcome.NotMet, scenario.Check("IET-WIOA-203-TARGET-POPULATION").Outcome);

        scenario.Proposal.ServesAdultBasicEducation = true;
        Assert.Equal(RuleOutcome.Met, scenario.Check("IET-WIOA-203-TARGET-POPULATION").Outcome);
    }
}
