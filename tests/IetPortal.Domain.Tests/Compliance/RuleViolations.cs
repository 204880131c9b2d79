using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>
/// For every rule, the smallest change to the complete CNA proposal that breaks it, and the warnings that, by
/// design, can then no longer be confirmed either (e.g. demand cannot be checked without a SOC code).
/// </summary>
public static class RuleViolations
{
    public sealed record Violation(string Description, Action<ComplianceScenario> Apply, params string[] DependentWarnings);

    public static IReadOnlyDictionary<string, Violation> ByRuleId { get; } = new Dictionary<string, Violation>
    {
        ["IET-463.36-a-AEL-ACTIVITY"] = new("no 463.30 activity type", s => s.AdultEducation.ActivityType = null),
        ["IET-463.36-a-AEL-SKILLS"] = new("no literacy skill", s => s.AdultEducation.Skills = LiteracySkills.None),
        ["IET-463.35-AEL-CONTEXTUALIZED"] = new("no contextualization", s => s.AdultEducation.Contextualization = "  "),
        ["IET-WIOA-203-TARGET-POPULATION"] = new("neither ABE nor ELL served", s => s.Proposal.ServesEnglishLanguageLearners = false),
        ["IET-463.36-b-WP-ACTIVITIES"] = new("an activity without description", s => s.WorkforcePreparation.Activities[2].Description = ""),
        ["IET-463.34-WP-AREAS"] = new("every activity in one area", s => s.WorkforcePreparation.Activities.ForEach(a => a.Area = WorkforcePreparationArea.DigitalLiteracy)),
        ["IET-463.36-c-WT-TYPE"] = new("no training type", s => s.WorkforceTraining.TrainingType = null),
        ["IET-463.36-c-WT-OCCUPATIONAL-COURSES"] = new("only general courses", s => s.WorkforceTraining.Courses =
        [
            new TrainingCourse { Title = "OSHA 10 General Industry" },
            new TrainingCourse { Title = "CPR / BLS for Healthcare Providers", IsGeneralCourse = true },
        ]),
        ["IET-463.36-c-WT-OCCUPATION"] = new(
            "neither occupation nor cluster",
            s =>
            {
                s.Proposal.OccupationSocCode = null;
                s.Proposal.OccupationTitle = null;
                s.Proposal.OccupationalCluster = null;
            },
            "IET-463.38-b-OCCUPATION-ON-PATHWAY",
            "IET-WI-IN-DEMAND"),
        ["IET-463.37-a1-AEL-INTENSITY"] = new("no adult education hours", s => s.AdultEducation.ContactHours = null),
        ["IET-463.37-a1-WP-INTENSITY"] = new("no preparation instructor", s => s.WorkforcePreparation.Instructors.Clear()),
        ["IET-463.37-a1-WT-INTENSITY"] = new("no training quality description", s => s.WorkforceTraining.QualityDescription = null),
        ["IET-463.37-a1-AEL-RESEARCH"] = new("adult education research not applied", s => s.AdultEducation.ResearchBases.ForEach(r => r.HowApplied = " ")),
        ["IET-463.37-a1-WP-RESEARCH"] = new("no preparation research", s => s.WorkforcePreparation.ResearchBases.Clear()),
        ["IET-463.37-a1-WT-RESEARCH"] = new("training research without citation", s => s.WorkforceTraining.ResearchBases[0].Citation = ""),
        ["IET-463.37-a2-SIMULTANEOUS"] = new("training starts late in the term", s =>
        {
            s.WorkforceTraining.StartDate = new DateOnly(2026, 3, 30);
            s.WorkforceTraining.EndDate = new DateOnly(2026, 5, 1);
        }),
        ["IET-463.37-a3-AEL-MATERIALS"] = new("no relevant adult education material", s => s.AdultEducation.Materials.ForEach(m => m.IsOccupationallyRelevant = false)),
        ["IET-463.37-a3-WP-MATERIALS"] = new("no preparation material", s => s.WorkforcePreparation.Materials.Clear()),
        ["IET-463.37-a3-WT-MATERIALS"] = new("no relevant training material", s => s.WorkforceTraining.Materials.ForEach(m => m.IsOccupationallyRelevant = false)),
        ["IET-463.37-b-OBJECTIVES-COUNT"] = new("fewer objectives than the minimum", s => s.Thresholds = s.Thresholds with { MinimumLearningObjectives = 8 }),
        ["IET-463.37-b-OBJECTIVES-LINKED"] = new("an objective without training competency", s => s.Proposal.LearningObjectives[2].WorkforceTrainingCompetency = null),
        ["IET-463.37-b-COOPERATIVE"] = new("no integration description", s => s.Proposal.IntegrationDescription = null),
        ["IET-463.38-b-PATHWAY"] = new("retired pathway", s => s.ChangePathway(p => p with { IsActive = false })),
        ["IET-463.38-b-ENTRY-STEP"] = new("entry step of another pathway", s => s.Proposal.EntryStepId = 999),
        ["IET-463.38-b-CREDENTIAL"] = new("credential of another pathway", s => s.Proposal.Credentials =
            [new ProposalCredential { CredentialId = RealisticProposals.WeldingCredentialId }]),
        ["IET-463.38-b-OCCUPATION-ON-PATHWAY"] = new("occupation the pathway does not list", s => s.Proposal.OccupationSocCode = "31-1122"),
        ["IET-WI-WDA"] = new("no WDA", s => s.Proposal.WorkforceAreas.Clear(), "IET-WI-IN-DEMAND"),
        ["IET-WI-PLAN-ALIGNMENT"] = new("no plan alignment", s => s.Proposal.WorkforcePlanAlignment = ""),
        ["IET-WI-IN-DEMAND"] = new("occupation not in demand in the WDA", s => s.Proposal.WorkforceAreas =
            [new ProposalWorkforceArea { WorkforceDevelopmentAreaId = RealisticProposals.WowWdaId }]),
        ["IET-463.38-a-CONTENT-STANDARDS"] = new("no content standards", s => s.AdultEducation.ContentStandards = null),
        ["IET-WI-ELIGIBLE-AGE"] = new("learners from 16", s => s.Proposal.MinimumAge = 16),
        ["IET-WI-ELIGIBLE-AGE-STATED"] = new("minimum age not stated", s => s.Proposal.MinimumAge = null),
        ["IET-WI-EQUITY-RECRUITMENT"] = new("no recruitment strategies", s => s.Proposal.RecruitmentStrategies = null),
        ["IET-WI-EQUITY-SUPPORTS"] = new("no learner supports", s => s.Proposal.LearnerSupports = LearnerSupports.None),
        ["IET-WI-CREDENTIAL-APPROVED"] = new("credential not system-approved", s =>
            s.ChangeCredential(RealisticProposals.NursingAssistantCredentialId, c => c with { IsSystemApproved = false })),
        ["IET-DATA-PROGRAM-DATES"] = new("program ends before it starts", s => s.Proposal.EndDate = new DateOnly(2026, 1, 5)),
        ["IET-DATA-COMPONENT-DATES"] = new("components end after the program", s => s.Proposal.EndDate = new DateOnly(2026, 4, 24)),
        ["IET-DATA-CAPACITY"] = new("capacity zero", s => s.Proposal.CohortCapacity = 0),
        ["IET-DATA-CIP-CODE"] = new("CIP code too short", s => s.Proposal.CipCode = "51.39"),
        ["IET-DATA-SOC-CODE"] = new(
            "SOC code with the O*NET suffix",
            s => s.Proposal.OccupationSocCode = "31-1131.00",
            "IET-463.38-b-OCCUPATION-ON-PATHWAY",
            "IET-WI-IN-DEMAND"),
        ["IET-DATA-WTCS-PROGRAM-NUMBER"] = new("program number without hyphens", s => s.Proposal.WtcsProgramNumber = "305431"),
        ["IET-DATA-ONE-OF-EACH-COMPONENT"] = new("two adult education components", s => s.Proposal.Components.Add(new AdultEducationComponent())),
    };

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in ByRuleId.Keys)
        {
            data.Add(id);
        }

        return data;
    }
}
