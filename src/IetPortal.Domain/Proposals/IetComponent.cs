namespace IetPortal.Domain.Proposals;

/// <summary>
/// One of the three required IET components (34 CFR 463.36). Each carries contact hours, dates, a weekly
/// schedule, instructors, materials and a research basis, which the integration criteria of 463.37 test.
/// </summary>
public abstract class IetComponent : Common.IConcurrencyAware
{
    public int Id { get; set; }
    public int IetProposalId { get; set; }
    public abstract ComponentKind Kind { get; }
    public decimal? ContactHours { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? QualityDescription { get; set; }
    public List<ScheduleEntry> Schedule { get; set; } = [];
    public List<Instructor> Instructors { get; set; } = [];
    public List<InstructionalMaterial> Materials { get; set; } = [];
    public List<ResearchBasis> ResearchBases { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

public enum ComponentKind
{
    AdultEducation,
    WorkforcePreparation,
    WorkforceTraining,
}

/// <summary>Adult education and literacy activities (463.30), aligned to state content standards (463.38(a)).</summary>
public class AdultEducationComponent : IetComponent
{
    public override ComponentKind Kind => ComponentKind.AdultEducation;
    public AdultEducationActivityType? ActivityType { get; set; }
    public LiteracySkills Skills { get; set; }
    public string? Contextualization { get; set; }
    public string? ContentStandards { get; set; }
}

/// <summary>The adult education and literacy activities of 34 CFR 463.30.</summary>
public enum AdultEducationActivityType
{
    AdultEducation,
    Literacy,
    WorkplaceAdultEducationAndLiteracy,
    FamilyLiteracy,
    EnglishLanguageAcquisition,
    IntegratedEnglishLiteracyAndCivicsEducation,
}

[Flags]
public enum LiteracySkills
{
    None = 0,
    Reading = 1,
    Writing = 2,
    Mathematics = 4,
    EnglishLanguage = 8,
}

/// <summary>Workforce preparation activities (463.34), each mapped to one of its areas.</summary>
public class WorkforcePreparationComponent : IetComponent
{
    public override ComponentKind Kind => ComponentKind.WorkforcePreparation;
    public List<WorkforcePreparationActivity> Activities { get; set; } = [];
}

public class WorkforcePreparationActivity
{
    public int Id { get; set; }
    public int WorkforcePreparationComponentId { get; set; }
    public int Position { get; set; }
    public WorkforcePreparationArea Area { get; set; }
    public required string Description { get; set; }
}

/// <summary>The skill areas of 34 CFR 463.34.</summary>
public enum WorkforcePreparationArea
{
    AcademicSkills,
    CriticalThinking,
    DigitalLiteracy,
    SelfManagement,
    UtilizingResources,
    UsingInformation,
    WorkingWithOthers,
    UnderstandingSystems,
    TransitionToPostsecondaryOrEmployment,
    OtherEmployabilitySkills,
}

/// <summary>Workforce training for a specific occupation or occupational cluster (WIOA sec. 134(c)(3)(D)).</summary>
public class WorkforceTrainingComponent : IetComponent
{
    public override ComponentKind Kind => ComponentKind.WorkforceTraining;
    public WorkforceTrainingType? TrainingType { get; set; }
    public string? WorkBasedLearning { get; set; }
    public List<TrainingCourse> Courses { get; set; } = [];
}

/// <summary>The training types listed in WIOA sec. 134(c)(3)(D).</summary>
public enum WorkforceTrainingType
{
    OccupationalSkillsTraining,
    OnTheJobTraining,
    IncumbentWorkerTraining,
    WorkplaceTrainingWithRelatedInstruction,
    PrivateSectorTraining,
    SkillUpgradingAndRetraining,
    EntrepreneurialTraining,
    TransitionalJobs,
    JobReadinessTrainingInCombination,
    CustomizedTraining,
}

/// <summary>
/// An occupation-specific course of the training component. <see cref="IsGeneralCourse"/> marks courses such as
/// OSHA 10, CPR or computer basics, which count as workforce preparation, not training.
/// </summary>
public class TrainingCourse
{
    public int Id { get; set; }
    public int WorkforceTrainingComponentId { get; set; }
    public int Position { get; set; }
    public string? CourseNumber { get; set; }
    public required string Title { get; set; }
    public decimal? Credits { get; set; }
    public bool IsGeneralCourse { get; set; }
}

/// <summary>A row of a component's weekly schedule.</summary>
public class ScheduleEntry
{
    public int Id { get; set; }
    public int IetComponentId { get; set; }
    public int Position { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
    public string? Location { get; set; }
}

public class Instructor
{
    public int Id { get; set; }
    public int IetComponentId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public string? Role { get; set; }
    public string? Qualifications { get; set; }
}

/// <summary>An instructional material; 34 CFR 463.37(a)(3) asks for occupationally relevant ones.</summary>
public class InstructionalMaterial
{
    public int Id { get; set; }
    public int IetComponentId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public string? HowUsed { get; set; }
    public bool IsOccupationallyRelevant { get; set; }
}

/// <summary>The research a component is based on (34 CFR 463.37(a)(1): the most rigorous research available).</summary>
public class ResearchBasis
{
    public int Id { get; set; }
    public int IetComponentId { get; set; }
    public int Position { get; set; }
    public required string Citation { get; set; }
    public string? HowApplied { get; set; }
}
