using IetPortal.Domain.Proposals;

namespace IetPortal.Web.Features.Editor;

/// <summary>
/// Every section form carries the version of the section it was loaded from (to detect a colleague's save in
/// between) and, for the repeating-item buttons, the command the user pressed.
/// </summary>
public abstract class SectionForm
{
    public string? Version { get; set; }
    public string? Command { get; set; }
}

public sealed class OverviewForm : SectionForm
{
    public string? Title { get; set; }
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
    public List<FundingSources> FundingSources { get; set; } = [];
}

public sealed class PathwayForm : SectionForm
{
    public int? CareerPathwayId { get; set; }
    public int? EntryStepId { get; set; }
    public List<int> CredentialIds { get; set; } = [];
    public string? OccupationSocCode { get; set; }
    public string? OccupationTitle { get; set; }
    public string? OccupationalCluster { get; set; }
    public string? CipCode { get; set; }
    public string? WtcsProgramNumber { get; set; }
    public decimal? Credits { get; set; }
    public List<int> WorkforceAreaIds { get; set; } = [];
    public string? WorkforcePlanAlignment { get; set; }
    public string? LaborMarketEvidence { get; set; }
}

public sealed class ScheduleRow
{
    public DayOfWeek? Day { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public string? Location { get; set; }
}

public sealed class InstructorRow
{
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Qualifications { get; set; }
}

/// <summary>What the three component pages share: hours, dates, quality, weekly schedule and instructors.</summary>
public abstract class ComponentForm : SectionForm
{
    public decimal? ContactHours { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? QualityDescription { get; set; }
    public List<ScheduleRow> Schedule { get; set; } = [];
    public List<InstructorRow> Instructors { get; set; } = [];
}

public sealed class AdultEducationForm : ComponentForm
{
    public AdultEducationActivityType? ActivityType { get; set; }
    public List<LiteracySkills> Skills { get; set; } = [];
    public string? Contextualization { get; set; }
    public string? ContentStandards { get; set; }
}

public sealed class PreparationActivityRow
{
    public WorkforcePreparationArea? Area { get; set; }
    public string? Description { get; set; }
}

public sealed class WorkforcePreparationForm : ComponentForm
{
    public List<PreparationActivityRow> Activities { get; set; } = [];
}

public sealed class CourseRow
{
    public string? CourseNumber { get; set; }
    public string? Title { get; set; }
    public decimal? Credits { get; set; }
    public bool IsGeneralCourse { get; set; }
}

public sealed class WorkforceTrainingForm : ComponentForm
{
    public WorkforceTrainingType? TrainingType { get; set; }
    public string? WorkBasedLearning { get; set; }
    public List<CourseRow> Courses { get; set; } = [];
}

public sealed class IntegrationForm : SectionForm
{
    public InstructionalModel? InstructionalModel { get; set; }
    public decimal? TeamTeachingOverlapHours { get; set; }
    public string? CoPlanningDescription { get; set; }
    public string? IntegrationDescription { get; set; }
}

public sealed class ObjectiveRow
{
    public string? Statement { get; set; }
    public string? AdultEducationContent { get; set; }
    public string? WorkforcePreparationActivity { get; set; }
    public string? WorkforceTrainingCompetency { get; set; }
    public string? Assessment { get; set; }
}

public sealed class LearningObjectivesForm : SectionForm
{
    public List<ObjectiveRow> Objectives { get; set; } = [];
}

public sealed class MaterialRow
{
    public string? Title { get; set; }
    public string? HowUsed { get; set; }
    public bool IsOccupationallyRelevant { get; set; }
}

public sealed class ResearchRow
{
    public string? Citation { get; set; }
    public string? HowApplied { get; set; }
}

/// <summary>One component's materials and research basis.</summary>
public sealed class ComponentMaterials
{
    public List<MaterialRow> Materials { get; set; } = [];
    public List<ResearchRow> Research { get; set; } = [];
}

public sealed class MaterialsForm : SectionForm
{
    public ComponentMaterials AdultEducation { get; set; } = new();
    public ComponentMaterials WorkforcePreparation { get; set; } = new();
    public ComponentMaterials WorkforceTraining { get; set; } = new();
}

public sealed class EquityForm : SectionForm
{
    public string? RecruitmentStrategies { get; set; }
    public string? PopulationsServed { get; set; }
    public string? CostOfInstructionFunding { get; set; }
    public List<LearnerSupports> LearnerSupports { get; set; } = [];
    public string? LearnerSupportsDescription { get; set; }
    public string? InclusiveCurriculumDesign { get; set; }
}

public sealed class PartnerRow
{
    public string? Name { get; set; }
    public PartnerType? Type { get; set; }
    public string? ContactName { get; set; }
    public string? Contribution { get; set; }
}

public sealed class PartnersForm : SectionForm
{
    public List<PartnerRow> Partners { get; set; } = [];
}
