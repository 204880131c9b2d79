using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>Integration criterion 6: a career pathway supporting state needs and local WDA board plans (34 CFR 463.38(b)).</summary>
public class CareerPathwayTests
{
    [Fact]
    public void A_retired_pathway_is_an_error()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.ChangePathway(p => p with { IsActive = false });

        var finding = scenario.Check("IET-463.38-b-PATHWAY");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("The Nursing career pathway is retired.", finding.Evidence);
    }

    [Fact]
    public void No_pathway_chosen_is_an_error()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.CareerPathwayId = null;

        Assert.Equal(RuleOutcome.NotMet, scenario.Check("IET-463.38-b-PATHWAY").Outcome);
    }

    [Fact]
    public void A_pathway_missing_from_the_reference_data_no_longer_exists()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.ReferenceData = scenario.ReferenceData with { Pathway = null };

        var report = scenario.Evaluate();

        Assert.Equal("The chosen career pathway no longer exists.", report.Find("IET-463.38-b-PATHWAY")!.Evidence);
        Assert.Equal(RuleOutcome.NotMet, report.Find("IET-463.38-b-ENTRY-STEP")!.Outcome);
        Assert.Equal(RuleOutcome.NotMet, report.Find("IET-463.38-b-CREDENTIAL")!.Outcome);
    }

    [Fact]
    public void Facts_for_another_pathway_are_not_taken_for_the_chosen_one()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.CareerPathwayId = 12;

        Assert.Equal(RuleOutcome.NotMet, scenario.Check("IET-463.38-b-PATHWAY").Outcome);
    }

    [Fact]
    public void The_entry_step_must_be_named()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.EntryStepId = null;

        var finding = scenario.Check("IET-463.38-b-ENTRY-STEP");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal("No entry step is named.", finding.Evidence);
    }

    [Fact]
    public void A_higher_step_of_the_pathway_is_a_valid_entry()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.EntryStepId = RealisticProposals.PracticalNursingStepId;

        var finding = scenario.Check("IET-463.38-b-ENTRY-STEP");

        Assert.Equal(RuleOutcome.Met, finding.Outcome);
        Assert.Equal("Enters at step 2 of 3 of the Nursing pathway: Practical Nursing (LPN).", finding.Evidence);
    }

    [Fact]
    public void No_credential_fails_the_pathway_and_the_state_credential_rule()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.Credentials.Clear();

        var report = scenario.Evaluate();

        Assert.Equal(RuleOutcome.NotMet, report.Find("IET-463.38-b-CREDENTIAL")!.Outcome);
        Assert.Equal(RuleOutcome.NotMet, report.Find("IET-WI-CREDENTIAL-APPROVED")!.Outcome);
    }

    [Fact]
    public void Several_credentials_on_the_pathway_are_met()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.Credentials.Add(new ProposalCredential { CredentialId = RealisticProposals.PracticalNursingCredentialId });

        var finding = scenario.Check("IET-463.38-b-CREDENTIAL");

        Assert.Equal(RuleOutcome.Met, finding.Outcome);
        Assert.Equal("Leads to 2 credentials on the Nursing pathway, e.g. Nursing Assistant (30-543-1).", finding.Evidence);
    }

    [Fact]
    public void A_WDA_is_required()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.WorkforceAreas.Clear();

        var finding = scenario.Check("IET-WI-WDA");

        Assert.Equal(RuleOutcome.NotMet, finding.Outcome);
        Assert.Equal(RuleOrigin.StatePolicy, finding.Origin);
    }

    [Fact]
    public void A_WDA_missing_from_the_reference_data_no_longer_exists()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.WorkforceAreas.Add(new ProposalWorkforceArea { WorkforceDevelopmentAreaId = 99 });

        Assert.Equal(RuleOutcome.NotMet, scenario.Check("IET-WI-WDA").Outcome);
    }

    [Fact]
    public void An_occupation_not_in_demand_in_any_chosen_WDA_is_a_warning_not_an_error()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.WorkforceAreas = [new ProposalWorkforceArea { WorkforceDevelopmentAreaId = RealisticProposals.WowWdaId }];

        var report = scenario.Evaluate();

        var finding = report.Find("IET-WI-IN-DEMAND")!;
        Assert.Equal(RuleOutcome.NeedsAttention, finding.Outcome);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("SOC 31-1131 is not listed as in demand in WDA 3 (Waukesha-Ozaukee-Washington).", finding.Evidence);
        Assert.False(report.HasBlockingErrors);
        Assert.Equal(1, report.WarningCount);
    }

    [Fact]
    public void Demand_in_one_of_several_chosen_WDAs_is_enough()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.WorkforceAreas =
        [
            new ProposalWorkforceArea { WorkforceDevelopmentAreaId = RealisticProposals.WowWdaId },
            new ProposalWorkforceArea { WorkforceDevelopmentAreaId = RealisticProposals.EmployMilwaukeeWdaId },
        ];

        var finding = scenario.Check("IET-WI-IN-DEMAND");

        Assert.Equal(RuleOutcome.Met, finding.Outcome);
        Assert.Equal("SOC 31-1131 is listed as in demand in WDA 2 (Employ Milwaukee).", finding.Evidence);
    }

    [Fact]
    public void A_cluster_only_program_needs_attention_for_demand_and_pathway_fit()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.OccupationSocCode = null;

        var report = scenario.Evaluate();

        Assert.Equal(RuleOutcome.NeedsAttention, report.Find("IET-WI-IN-DEMAND")!.Outcome);
        Assert.Equal(RuleOutcome.NeedsAttention, report.Find("IET-463.38-b-OCCUPATION-ON-PATHWAY")!.Outcome);
        Assert.False(report.HasBlockingErrors);
    }

    [Fact]
    public void A_blank_plan_alignment_statement_is_an_error()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.Proposal.WorkforcePlanAlignment = "   ";

        Assert.Equal(RuleOutcome.NotMet, scenario.Check("IET-WI-PLAN-ALIGNMENT").Outcome);
    }
}
