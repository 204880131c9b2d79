using System.ComponentModel;

namespace IetPortal.Web.Features.Catalog;

// What the public may see of an approved IET program: the catalog pages render these records and the JSON API
// (Features/Api) serializes them, so one whitelist decides what leaves the System Office. Nothing of the review
// (comments, notes, ratings, reviewers, compliance reports, acknowledgements, audit) and nothing about staff is here.
// Enum values travel as their names in strings, so renaming a C# member never silently changes the API, and every
// property is always written (null when not provided), so clients can rely on the shape. See docs/api.md.

/// <summary>One page of approved programs, with the paging facts a client needs to fetch the next one.</summary>
public sealed record ApprovedProgramPage
{
    public required IReadOnlyList<ApprovedProgramSummary> Items { get; init; }

    [Description("The page number shown, from 1.")]
    public required int Page { get; init; }

    public required int PageSize { get; init; }

    [Description("How many approved programs match the filters, on all pages.")]
    public required int TotalCount { get; init; }

    public required int TotalPages { get; init; }
}

/// <summary>An approved program as a search result.</summary>
public sealed record ApprovedProgramSummary
{
    [Description("The program's id: GET /api/v1/programs/{id} has its details, /catalog/{id} is its public page.")]
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required string? Summary { get; init; }

    public required ProgramCollege College { get; init; }

    public required ProgramPathway? CareerPathway { get; init; }

    public required ProgramOccupation? Occupation { get; init; }

    public required IReadOnlyList<ProgramWorkforceArea> WorkforceDevelopmentAreas { get; init; }

    [Description("InPerson, Hybrid or Online.")]
    public required string? DeliveryMode { get; init; }

    public required string? Location { get; init; }

    public required DateOnly? StartDate { get; init; }

    public required DateOnly? EndDate { get; init; }
}

/// <summary>The college offering a program, by its code (the catalog and API filter) and name.</summary>
public sealed record ProgramCollege
{
    [Description("The college's code, as the college filter takes it (e.g. MATC).")]
    public required string Code { get; init; }

    public required string Name { get; init; }
}

public sealed record ProgramPathway
{
    public required int Id { get; init; }

    public required string Name { get; init; }
}

/// <summary>The target occupation by its Standard Occupational Classification code (NN-NNNN).</summary>
public sealed record ProgramOccupation
{
    public required string SocCode { get; init; }

    public required string? Title { get; init; }
}

/// <summary>A Wisconsin Workforce Development Area the program serves, by its number (1 to 11) and name.</summary>
public sealed record ProgramWorkforceArea
{
    public required int Number { get; init; }

    public required string Name { get; init; }
}

/// <summary>Everything a learner or advisor needs to know about one approved program.</summary>
public sealed record ApprovedProgramDetail
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required string? Summary { get; init; }

    public required ProgramCollegeContact College { get; init; }

    public required ProgramApproval Approval { get; init; }

    [Description("InPerson, Hybrid or Online.")]
    public required string? DeliveryMode { get; init; }

    public required string? Location { get; init; }

    public required DateOnly? StartDate { get; init; }

    public required DateOnly? EndDate { get; init; }

    public required int? Weeks { get; init; }

    [Description("How many learners one cohort takes.")]
    public required int? CohortCapacity { get; init; }

    public required ProgramAudience Audience { get; init; }

    public required ProgramPathwayDetail? CareerPathway { get; init; }

    [Description("The credentials this program leads to.")]
    public required IReadOnlyList<ProgramCredential> Credentials { get; init; }

    public required ProgramOccupation? Occupation { get; init; }

    public required string? OccupationalCluster { get; init; }

    public required string? CipCode { get; init; }

    public required string? WtcsProgramNumber { get; init; }

    public required decimal? Credits { get; init; }

    public required IReadOnlyList<ProgramWorkforceArea> WorkforceDevelopmentAreas { get; init; }

    [Description("TeamTeaching, CoPlanning, ContextualizedBridge, Alternating or Other.")]
    public required string? InstructionalModel { get; init; }

    [Description("The contact hours of the three components together.")]
    public required decimal? TotalContactHours { get; init; }

    public required ProgramComponents Components { get; init; }

    [Description("The single set of learning objectives (34 CFR 463.37(b)), in order.")]
    public required IReadOnlyList<ProgramLearningObjective> LearningObjectives { get; init; }

    public required ProgramLearnerSupports LearnerSupports { get; init; }
}

/// <summary>The college's public contact details (its general address, never a staff member's).</summary>
public sealed record ProgramCollegeContact
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string? City { get; init; }

    public required string? Email { get; init; }

    public required string? Phone { get; init; }

    public required string? Website { get; init; }
}

/// <summary>The WTCS approval in force: its number, date and effective period.</summary>
public sealed record ProgramApproval
{
    public required string? ApprovalNumber { get; init; }

    public required DateOnly? ApprovedOn { get; init; }

    public required DateOnly? EffectiveFrom { get; init; }

    public required DateOnly? EffectiveTo { get; init; }
}

/// <summary>Who the program is for.</summary>
public sealed record ProgramAudience
{
    public required bool AdultBasicEducation { get; init; }

    public required bool EnglishLanguageLearners { get; init; }

    public required string? EducationalFunctioningLevels { get; init; }

    public required int? MinimumAge { get; init; }

    public required string? Eligibility { get; init; }
}

public sealed record ProgramPathwayDetail
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required string? Cluster { get; init; }

    [Description("The step (rung) of the pathway this program enters.")]
    public required string? EntryStep { get; init; }

    [Description("The pathway's steps from entry upward, with the credentials earned at each.")]
    public required IReadOnlyList<ProgramPathwayStep> Steps { get; init; }
}

public sealed record ProgramPathwayStep
{
    public required int Position { get; init; }

    public required string Title { get; init; }

    public required bool IsEntryStep { get; init; }

    public required IReadOnlyList<string> Credentials { get; init; }
}

public sealed record ProgramCredential
{
    public required string Name { get; init; }

    public required string Issuer { get; init; }

    [Description("WtcsTechnicalDiploma, WtcsTechnicalCertificate, WtcsAssociateDegree, IndustryCertification, License or Apprenticeship.")]
    public required string Type { get; init; }

    public required string? WtcsProgramNumber { get; init; }
}

/// <summary>The three components every IET program has (34 CFR 463.36).</summary>
public sealed record ProgramComponents
{
    public required ProgramAdultEducation? AdultEducation { get; init; }

    public required ProgramWorkforcePreparation? WorkforcePreparation { get; init; }

    public required ProgramWorkforceTraining? WorkforceTraining { get; init; }
}

/// <summary>Adult education and literacy (34 CFR 463.30).</summary>
public sealed record ProgramAdultEducation
{
    public required decimal? ContactHours { get; init; }

    public required DateOnly? StartDate { get; init; }

    public required DateOnly? EndDate { get; init; }

    public required IReadOnlyList<ProgramScheduleEntry> Schedule { get; init; }

    [Description("The 34 CFR 463.30 activity: AdultEducation, Literacy, WorkplaceAdultEducationAndLiteracy, FamilyLiteracy, EnglishLanguageAcquisition or IntegratedEnglishLiteracyAndCivicsEducation.")]
    public required string? ActivityType { get; init; }

    [Description("Reading, Writing, Mathematics and/or EnglishLanguage.")]
    public required IReadOnlyList<string> Skills { get; init; }

    [Description("How the reading, writing, math or English is taught in the context of the occupation.")]
    public required string? Contextualization { get; init; }

    public required string? ContentStandards { get; init; }
}

/// <summary>Workforce preparation activities (34 CFR 463.34).</summary>
public sealed record ProgramWorkforcePreparation
{
    public required decimal? ContactHours { get; init; }

    public required DateOnly? StartDate { get; init; }

    public required DateOnly? EndDate { get; init; }

    public required IReadOnlyList<ProgramScheduleEntry> Schedule { get; init; }

    public required IReadOnlyList<ProgramPreparationActivity> Activities { get; init; }
}

/// <summary>Workforce training for a specific occupation or cluster (WIOA sec. 134(c)(3)(D)).</summary>
public sealed record ProgramWorkforceTraining
{
    public required decimal? ContactHours { get; init; }

    public required DateOnly? StartDate { get; init; }

    public required DateOnly? EndDate { get; init; }

    public required IReadOnlyList<ProgramScheduleEntry> Schedule { get; init; }

    [Description("The WIOA sec. 134(c)(3)(D) training type, e.g. OccupationalSkillsTraining or OnTheJobTraining.")]
    public required string? TrainingType { get; init; }

    public required IReadOnlyList<ProgramCourse> Courses { get; init; }

    public required string? WorkBasedLearning { get; init; }
}

/// <summary>A weekly class meeting.</summary>
public sealed record ProgramScheduleEntry
{
    [Description("Monday to Sunday.")]
    public required string Day { get; init; }

    public required TimeOnly StartTime { get; init; }

    public required TimeOnly EndTime { get; init; }

    public required string? Location { get; init; }
}

public sealed record ProgramPreparationActivity
{
    [Description("The 34 CFR 463.34 area, e.g. DigitalLiteracy.")]
    public required string Area { get; init; }

    public required string Description { get; init; }
}

public sealed record ProgramCourse
{
    public required string? CourseNumber { get; init; }

    public required string Title { get; init; }

    public required decimal? Credits { get; init; }
}

/// <summary>One objective of the single set: what the learner will do, and what of each component it integrates.</summary>
public sealed record ProgramLearningObjective
{
    public required string Statement { get; init; }

    public required string? AdultEducationContent { get; init; }

    public required string? WorkforcePreparationActivity { get; init; }

    public required string? WorkforceTrainingCompetency { get; init; }

    public required string? Assessment { get; init; }
}

public sealed record ProgramLearnerSupports
{
    [Description("Advising, Navigation, Transportation, Childcare, CaseManagement, Tutoring, FinancialAssistance, Technology.")]
    public required IReadOnlyList<string> Offered { get; init; }

    public required string? Description { get; init; }
}
