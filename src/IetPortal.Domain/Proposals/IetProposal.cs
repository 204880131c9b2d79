using IetPortal.Domain.Common;
using IetPortal.Domain.Workflow;

namespace IetPortal.Domain.Proposals;

/// <summary>
/// An Integrated Education and Training program proposal (34 CFR 463.35-463.38): the aggregate a college
/// drafts section by section, submits, and the WTCS System Office approves or returns.
/// </summary>
public class IetProposal : EditableEntity, ICollegeOwned
{
    public int CollegeId { get; set; }
    public ProposalStatus Status { get; set; } = ProposalStatus.Draft;

    /// <summary>The number the next submitted snapshot will get (1 for a proposal never submitted).</summary>
    public int NextVersionNumber { get; set; } = 1;

    /// <summary>For an amendment: the approved proposal it amends, which stays in force until this is approved.</summary>
    public int? AmendsProposalId { get; set; }

    public string? AssignedReviewerId { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public DateTime? ApprovedAtUtc { get; set; }

    // 1. Overview
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public DeliveryMode? DeliveryMode { get; set; }
    public string? Location { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public int? Weeks { get; set; }
    public int? CohortCapacity { get; set; }
    public bool ServesAdultBasicEducation { get; set; }
    public bool ServesEnglishLanguageLearners { get; set; }
    public string? EducationalFunctioningLevels { get; set; }
    public int? MinimumAge { get; set; }
    public string? EligibilityNotes { get; set; }
    public FundingSources FundingSources { get; set; }

    // 2. Career pathway and alignment
    public int? CareerPathwayId { get; set; }
    public int? EntryStepId { get; set; }
    public List<ProposalCredential> Credentials { get; set; } = [];
    public string? OccupationSocCode { get; set; }
    public string? OccupationTitle { get; set; }
    public string? OccupationalCluster { get; set; }
    public string? CipCode { get; set; }
    public string? WtcsProgramNumber { get; set; }
    public decimal? Credits { get; set; }
    public List<ProposalWorkforceArea> WorkforceAreas { get; set; } = [];
    public string? WorkforcePlanAlignment { get; set; }
    public string? LaborMarketEvidence { get; set; }

    // 3-5. The three required components (463.36)
    public List<IetComponent> Components { get; set; } = [];

    // 6. Integration
    public InstructionalModel? InstructionalModel { get; set; }
    public decimal? TeamTeachingOverlapHours { get; set; }
    public string? CoPlanningDescription { get; set; }
    public string? IntegrationDescription { get; set; }

    // 7. Single set of learning objectives (34 CFR 463.37(b))
    public List<LearningObjective> LearningObjectives { get; set; } = [];

    // 9. Equity and supports
    public string? RecruitmentStrategies { get; set; }
    public string? PopulationsServed { get; set; }
    public string? CostOfInstructionFunding { get; set; }
    public LearnerSupports LearnerSupports { get; set; }
    public string? LearnerSupportsDescription { get; set; }
    public string? InclusiveCurriculumDesign { get; set; }

    // 10. Partners and attachments
    public List<ProposalPartner> Partners { get; set; } = [];
    public List<ProposalAttachment> Attachments { get; set; } = [];

    public List<ProposalVersion> Versions { get; set; } = [];

    // The latest compliance check of the draft (see Compliance/ComplianceState): stored on every section save and on
    // every re-check after a threshold changes or a pathway is retired, so lists and owners see it without evaluating.
    public int? ComplianceErrorCount { get; set; }
    public int? ComplianceWarningCount { get; set; }
    public DateTime? ComplianceCheckedAtUtc { get; set; }
    public DateTime? ComplianceChangedAtUtc { get; set; }
    public string? ComplianceChangeNote { get; set; }

    /// <summary>Only drafts and returned proposals can be changed by the college; every other state is read-only.</summary>
    public bool IsEditable => Status is ProposalStatus.Draft or ProposalStatus.Returned;

    public AdultEducationComponent? AdultEducation => Components.OfType<AdultEducationComponent>().FirstOrDefault();
    public WorkforcePreparationComponent? WorkforcePreparation => Components.OfType<WorkforcePreparationComponent>().FirstOrDefault();
    public WorkforceTrainingComponent? WorkforceTraining => Components.OfType<WorkforceTrainingComponent>().FirstOrDefault();

    /// <summary>Starts a draft with its three components in place, so every section has somewhere to save.</summary>
    public static IetProposal StartDraft(int collegeId, string title) => new()
    {
        CollegeId = collegeId,
        Title = title,
        Status = ProposalStatus.Draft,
        Components =
        [
            new AdultEducationComponent(),
            new WorkforcePreparationComponent(),
            new WorkforceTrainingComponent(),
        ],
    };
}

public enum DeliveryMode
{
    InPerson,
    Hybrid,
    Online,
}

/// <summary>Where the cost of instruction comes from; several may apply.</summary>
[Flags]
public enum FundingSources
{
    None = 0,
    AeflaSection231 = 1,
    AeflaSection225 = 2,
    AeflaSection243 = 4,
    WioaTitleI = 8,
    Perkins = 16,
    College = 32,
    Grants = 64,
}

/// <summary>How the three components are taught together.</summary>
public enum InstructionalModel
{
    TeamTeaching,
    CoPlanning,
    ContextualizedBridge,
    Alternating,
    Other,
}

/// <summary>Supports offered to learners (WTCS "Achieving Equity in IET").</summary>
[Flags]
public enum LearnerSupports
{
    None = 0,
    Advising = 1,
    Navigation = 2,
    Transportation = 4,
    Childcare = 8,
    CaseManagement = 16,
    Tutoring = 32,
    FinancialAssistance = 64,
    Technology = 128,
}

public class ProposalCredential
{
    public int IetProposalId { get; set; }
    public int CredentialId { get; set; }
}

public class ProposalWorkforceArea
{
    public int IetProposalId { get; set; }
    public int WorkforceDevelopmentAreaId { get; set; }
}
