using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>The evaluator reads whatever a draft holds; odd data gives findings, never an exception.</summary>
public class HostileInputTests
{
    [Fact]
    public void Blank_and_null_entries_everywhere_give_findings_not_exceptions()
    {
        var proposal = IetProposal.StartDraft(collegeId: 8, title: "");
        foreach (var component in proposal.Components)
        {
            component.ContactHours = -5;
            component.StartDate = DateOnly.MaxValue;
            component.EndDate = DateOnly.MinValue;
            component.Instructors = [new Instructor { Name = null! }];
            component.Materials = [new InstructionalMaterial { Title = null!, IsOccupationallyRelevant = true }];
            component.ResearchBases = [new ResearchBasis { Citation = null! }];
        }

        proposal.WorkforcePreparation!.Activities = [new WorkforcePreparationActivity { Description = null!, Area = (WorkforcePreparationArea)99 }];
        proposal.WorkforceTraining!.Courses = [new TrainingCourse { Title = null! }];
        proposal.LearningObjectives = [new LearningObjective { Statement = null! }];
        proposal.Credentials = [new ProposalCredential { CredentialId = -1 }];
        proposal.WorkforceAreas = [new ProposalWorkforceArea { WorkforceDevelopmentAreaId = -1 }];
        proposal.CareerPathwayId = -1;
        proposal.EntryStepId = -1;
        proposal.OccupationSocCode = "\u0000<script>";
        proposal.CipCode = new string('9', 10_000);
        proposal.MinimumAge = int.MinValue;
        proposal.CohortCapacity = int.MinValue;
        proposal.InstructionalModel = InstructionalModel.TeamTeaching;
        proposal.TeamTeachingOverlapHours = decimal.MinValue;
        proposal.LearnerSupports = (LearnerSupports)(-1);
        proposal.StartDate = DateOnly.MaxValue;
        proposal.EndDate = DateOnly.MinValue;

        var report = ComplianceEvaluator.Evaluate(proposal, RealisticProposals.CnaReferenceData(), ComplianceThresholds.Defaults);

        Assert.True(report.HasBlockingErrors);
        Assert.All(report.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Evidence), f.RuleId));
        Assert.Equal(report.Findings, ComplianceReport.FromJson(report.ToJson()).Findings);
    }

    [Fact]
    public void A_proposal_without_any_component_gives_findings_not_exceptions()
    {
        var proposal = new IetProposal { Title = "No components" };

        var report = ComplianceEvaluator.Evaluate(proposal, ComplianceReferenceData.Empty, ComplianceThresholds.Defaults);

        Assert.Equal(RuleOutcome.NotMet, report.Find("IET-463.37-a2-SIMULTANEOUS")!.Outcome);
        Assert.Equal(RuleOutcome.Met, report.Find("IET-DATA-ONE-OF-EACH-COMPONENT")!.Outcome);
    }
}
