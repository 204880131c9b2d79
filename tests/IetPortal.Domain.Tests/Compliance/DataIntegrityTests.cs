using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>Basics: dates valid and ordered, capacity positive, codes well-formed.</summary>
public class DataIntegrityTests
{
    [Theory]
    [InlineData("51.3902", RuleOutcome.Met)]
    [InlineData(" 51.3902 ", RuleOutcome.Met)]
    [InlineData("51.39", RuleOutcome.NotMet)]
    [InlineData("513902", RuleOutcome.NotMet)]
    [InlineData("5l.3902", RuleOutcome.NotMet)]
    [InlineData("51.39021", RuleOutcome.NotMet)]
    [InlineData("51.3902\n", RuleOutcome.Met)]
    [InlineData("51.3902\nx", RuleOutcome.NotMet)]
    [InlineData("٥١.٣٩٠٢", RuleOutcome.NotMet)]
    [InlineData(null, RuleOutcome.NotMet)]
    [InlineData("", RuleOutcome.NotMet)]
    public void The_CIP_code_is_entered_as_NN_NNNN(string? cip, RuleOutcome expected)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.CipCode = cip;

        Assert.Equal(expected, scenario.Check("IET-DATA-CIP-CODE").Outcome);
    }

    [Theory]
    [InlineData("31-1131", RuleOutcome.Met)]
    [InlineData(null, RuleOutcome.Met)]
    [InlineData("31-1131.00", RuleOutcome.NotMet)]
    [InlineData("311131", RuleOutcome.NotMet)]
    [InlineData("31-113", RuleOutcome.NotMet)]
    [InlineData("3I-1131", RuleOutcome.NotMet)]
    public void A_SOC_code_if_entered_is_NN_NNNN(string? soc, RuleOutcome expected)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.OccupationSocCode = soc;

        Assert.Equal(expected, scenario.Check("IET-DATA-SOC-CODE").Outcome);
    }

    [Theory]
    [InlineData("30-543-1", RuleOutcome.Met)]
    [InlineData("10-801-12", RuleOutcome.Met)]
    [InlineData(null, RuleOutcome.Met)]
    [InlineData("30-543", RuleOutcome.NotMet)]
    [InlineData("30.543.1", RuleOutcome.NotMet)]
    public void A_WTCS_program_number_if_entered_is_aid_code_program_suffix(string? number, RuleOutcome expected)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.WtcsProgramNumber = number;

        Assert.Equal(expected, scenario.Check("IET-DATA-WTCS-PROGRAM-NUMBER").Outcome);
    }

    [Theory]
    [InlineData(null, RuleOutcome.NotMet)]
    [InlineData(0, RuleOutcome.NotMet)]
    [InlineData(-3, RuleOutcome.NotMet)]
    [InlineData(1, RuleOutcome.Met)]
    [InlineData(24, RuleOutcome.Met)]
    public void Cohort_capacity_must_be_positive(int? capacity, RuleOutcome expected)
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.CohortCapacity = capacity;

        Assert.Equal(expected, scenario.Check("IET-DATA-CAPACITY").Outcome);
    }

    [Fact]
    public void A_program_without_an_end_date_points_at_the_end_date()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.EndDate = null;

        var finding = scenario.Check("IET-DATA-PROGRAM-DATES");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal("EndDate", finding.Field);
    }

    [Fact]
    public void A_program_that_ends_the_day_it_starts_is_not_ordered()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.EndDate = scenario.Proposal.StartDate;

        Assert.Equal(RuleOutcome.NotMet, scenario.Check("IET-DATA-PROGRAM-DATES").Outcome);
    }

    [Fact]
    public void A_component_starting_before_the_program_points_at_its_start_date()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforcePreparation.StartDate = new DateOnly(2026, 1, 5);

        var finding = scenario.Check("IET-DATA-COMPONENT-DATES");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal(ProposalSection.WorkforcePreparation, finding.Section);
        Assert.Equal("WorkforcePreparation.StartDate", finding.Field);
        Assert.Equal("The workforce preparation component starts Jan 5, 2026, before the program starts Jan 12, 2026.", finding.Evidence);
    }

    [Fact]
    public void Component_dates_are_not_compared_with_invalid_program_dates()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.StartDate = null;

        Assert.Equal(RuleOutcome.Met, scenario.Check("IET-DATA-COMPONENT-DATES").Outcome);
    }

    [Fact]
    public void A_second_component_of_the_same_kind_is_flagged()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.Components.Add(new WorkforceTrainingComponent());

        var finding = scenario.Check("IET-DATA-ONE-OF-EACH-COMPONENT");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal("WorkforceTraining", finding.Field);
    }
}
