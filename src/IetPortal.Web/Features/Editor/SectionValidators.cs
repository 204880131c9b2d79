using FluentValidation;
using IetPortal.Domain.Common;

namespace IetPortal.Web.Features.Editor;

// Input shape only: lengths, formats, ranges and date order. Whether a section is complete is the compliance
// service's question, never a reason to refuse a draft save.

internal static class TextRules
{
    public const int MaxRows = 100;

    /// <summary>
    /// Length limit plus no control or bidirectional-override characters (which can disguise text), nor U+FFFD (what a
    /// posted NUL becomes, see NullCharacterFormMiddleware).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, string label, int maxLength) => rule
        .MaximumLength(maxLength).WithMessage($"{label} must be {maxLength:N0} characters or fewer.")
        .Must(BeCleanText).WithMessage($"{label} contains control or hidden formatting characters: remove them.");

    public static IRuleBuilderOptions<T, DateOnly?> PlausibleDate<T>(this IRuleBuilder<T, DateOnly?> rule, string label) => rule
        .InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31)).WithMessage($"{label} must be a real date between 2000 and 2100.");

    public static bool BeCleanText(string? text) =>
        text is null || !text.Any(c => (char.IsControl(c) && c is not ('\r' or '\n' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFFFD');

    public static IRuleBuilderOptions<T, List<TRow>> Rows<T, TRow>(this IRuleBuilder<T, List<TRow>> rule, string label) => rule
        .Must(rows => rows.Count <= MaxRows).WithMessage($"Enter at most {MaxRows} {label}.");
}

public sealed class OverviewFormValidator : AbstractValidator<OverviewForm>
{
    public OverviewFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter a title for the program.").Text("Title", FieldLengths.ShortText);
        RuleFor(f => f.Summary).Text("Program summary", FieldLengths.LongText);
        RuleFor(f => f.DeliveryMode).IsInEnum().WithMessage("Choose in person, hybrid or online.");
        RuleFor(f => f.Location).Text("Location", FieldLengths.ShortText);
        RuleFor(f => f.StartDate).PlausibleDate("Start date");
        RuleFor(f => f.EndDate).PlausibleDate("End date")
            .GreaterThan(f => f.StartDate).When(f => f.StartDate is not null && f.EndDate is not null)
            .WithMessage("End date must be after the start date.");
        RuleFor(f => f.Weeks).InclusiveBetween(1, 156).WithMessage("Weeks must be a whole number from 1 to 156.");
        RuleFor(f => f.CohortCapacity).InclusiveBetween(1, 1000).WithMessage("Cohort capacity must be a whole number from 1 to 1,000.");
        RuleFor(f => f.MinimumAge).InclusiveBetween(16, 99).WithMessage("Minimum age must be from 16 (the federal floor) to 99.");
        RuleFor(f => f.EducationalFunctioningLevels).Text("Educational functioning levels", FieldLengths.MediumText);
        RuleFor(f => f.EligibilityNotes).Text("Eligibility notes", FieldLengths.MediumText);
        RuleForEach(f => f.FundingSources).IsInEnum().WithMessage("Choose funding sources from the list.");
    }
}

public sealed class PathwayFormValidator : AbstractValidator<PathwayForm>
{
    public PathwayFormValidator()
    {
        RuleFor(f => f.OccupationSocCode).Matches(@"^\d{2}-\d{4}$").WithMessage("Enter the SOC code as NN-NNNN, like 31-1131.")
            .Text("SOC code", FieldLengths.SocCode);
        RuleFor(f => f.OccupationTitle).Text("Occupation title", FieldLengths.ShortText);
        RuleFor(f => f.OccupationalCluster).Text("Occupational cluster", FieldLengths.ShortText);
        RuleFor(f => f.CipCode).Matches(@"^\d{2}\.\d{4}$").WithMessage("Enter the CIP code as NN.NNNN, like 51.3902.")
            .Text("CIP code", FieldLengths.CipCode);
        RuleFor(f => f.WtcsProgramNumber).Matches(@"^\d{2}-\d{3}-\d{1,2}$").WithMessage("Enter the WTCS program number as NN-NNN-N, like 30-543-1.")
            .Text("WTCS program number", FieldLengths.Code);
        RuleFor(f => f.Credits).InclusiveBetween(0m, 200m).WithMessage("Credits must be from 0 to 200.")
            .PrecisionScale(5, 2, ignoreTrailingZeros: true).WithMessage("Credits can have at most two decimal places.");
        RuleFor(f => f.CredentialIds).Must(ids => ids.Count <= 20).WithMessage("Choose at most 20 credentials.");
        RuleFor(f => f.WorkforceAreaIds).Must(ids => ids.Count <= 11).WithMessage("Choose at most the 11 Workforce Development Areas.");
        RuleFor(f => f.WorkforcePlanAlignment).Text("Alignment with the local board plan", FieldLengths.LongText);
        RuleFor(f => f.LaborMarketEvidence).Text("Labor market evidence", FieldLengths.LongText);
    }
}

/// <summary>Rules the three component pages share.</summary>
public abstract class ComponentFormValidator<T> : AbstractValidator<T>
    where T : ComponentForm
{
    protected ComponentFormValidator()
    {
        RuleFor(f => f.ContactHours).InclusiveBetween(0m, 5000m).WithMessage("Contact hours must be from 0 to 5,000.")
            .PrecisionScale(6, 2, ignoreTrailingZeros: true).WithMessage("Contact hours can have at most two decimal places.");
        RuleFor(f => f.StartDate).PlausibleDate("Start date");
        RuleFor(f => f.EndDate).PlausibleDate("End date")
            .GreaterThanOrEqualTo(f => f.StartDate).When(f => f.StartDate is not null && f.EndDate is not null)
            .WithMessage("End date must be on or after the start date.");
        RuleFor(f => f.QualityDescription).Text("Quality description", FieldLengths.LongText);
        RuleFor(f => f.Schedule).Rows("schedule rows");
        RuleForEach(f => f.Schedule).Where(r => !SectionMapping.IsBlank(r)).ChildRules(row =>
        {
            row.RuleFor(r => r.Day).NotNull().WithMessage("Choose the day of the week.").IsInEnum().WithMessage("Choose the day of the week.");
            row.RuleFor(r => r.StartTime).NotNull().WithMessage("Enter the start time, like 09:00.");
            row.RuleFor(r => r.EndTime).NotNull().WithMessage("Enter the end time, like 11:30.")
                .GreaterThan(r => r.StartTime).When(r => r.StartTime is not null && r.EndTime is not null)
                .WithMessage("End time must be after the start time.");
            row.RuleFor(r => r.Location).Text("Location", FieldLengths.ShortText);
        });
        RuleFor(f => f.Instructors).Rows("instructors");
        RuleForEach(f => f.Instructors).Where(r => !SectionMapping.IsBlank(r)).ChildRules(row =>
        {
            row.RuleFor(r => r.Name).NotEmpty().WithMessage("Enter the instructor's name.").Text("Name", FieldLengths.ShortText);
            row.RuleFor(r => r.Role).Text("Role", FieldLengths.ShortText);
            row.RuleFor(r => r.Qualifications).Text("Qualifications", FieldLengths.MediumText);
        });
    }
}

public sealed class AdultEducationFormValidator : ComponentFormValidator<AdultEducationForm>
{
    public AdultEducationFormValidator()
    {
        RuleFor(f => f.ActivityType).IsInEnum().WithMessage("Choose an activity type from the list.");
        RuleForEach(f => f.Skills).IsInEnum().WithMessage("Choose skills from the list.");
        RuleFor(f => f.Contextualization).Text("Contextualization", FieldLengths.LongText);
        RuleFor(f => f.ContentStandards).Text("Content standards", FieldLengths.MediumText);
    }
}

public sealed class WorkforcePreparationFormValidator : ComponentFormValidator<WorkforcePreparationForm>
{
    public WorkforcePreparationFormValidator()
    {
        RuleFor(f => f.Activities).Rows("activities");
        RuleForEach(f => f.Activities).Where(r => !SectionMapping.IsBlank(r)).ChildRules(row =>
        {
            row.RuleFor(r => r.Area).NotNull().WithMessage("Choose the skill area of the activity.").IsInEnum().WithMessage("Choose the skill area of the activity.");
            row.RuleFor(r => r.Description).NotEmpty().WithMessage("Describe the activity.").Text("Activity", FieldLengths.MediumText);
        });
    }
}

public sealed class WorkforceTrainingFormValidator : ComponentFormValidator<WorkforceTrainingForm>
{
    public WorkforceTrainingFormValidator()
    {
        RuleFor(f => f.TrainingType).IsInEnum().WithMessage("Choose a training type from the list.");
        RuleFor(f => f.WorkBasedLearning).Text("Work-based learning", FieldLengths.LongText);
        RuleFor(f => f.Courses).Rows("courses");
        RuleForEach(f => f.Courses).Where(r => !SectionMapping.IsBlank(r)).ChildRules(row =>
        {
            row.RuleFor(r => r.Title).NotEmpty().WithMessage("Enter the course title.").Text("Course title", FieldLengths.ShortText);
            row.RuleFor(r => r.CourseNumber).Matches(@"^\d{2}-\d{3}-\d{3}$").WithMessage("Enter the WTCS course number as NN-NNN-NNN, like 30-543-300.")
                .Text("Course number", FieldLengths.Code);
            row.RuleFor(r => r.Credits).InclusiveBetween(0m, 60m).WithMessage("Course credits must be from 0 to 60.")
                .PrecisionScale(4, 2, ignoreTrailingZeros: true).WithMessage("Credits can have at most two decimal places.");
        });
    }
}

public sealed class IntegrationFormValidator : AbstractValidator<IntegrationForm>
{
    public IntegrationFormValidator()
    {
        RuleFor(f => f.InstructionalModel).IsInEnum().WithMessage("Choose an instructional model from the list.");
        RuleFor(f => f.TeamTeachingOverlapHours).InclusiveBetween(0m, 5000m).WithMessage("Team-teaching overlap hours must be from 0 to 5,000.")
            .PrecisionScale(6, 2, ignoreTrailingZeros: true).WithMessage("Hours can have at most two decimal places.");
        RuleFor(f => f.CoPlanningDescription).Text("Co-planning", FieldLengths.LongText);
        RuleFor(f => f.IntegrationDescription).Text("How the components work together", FieldLengths.LongText);
    }
}

public sealed class LearningObjectivesFormValidator : AbstractValidator<LearningObjectivesForm>
{
    public LearningObjectivesFormValidator()
    {
        RuleFor(f => f.Objectives).Rows("learning objectives");
        RuleForEach(f => f.Objectives).Where(r => !SectionMapping.IsBlank(r)).ChildRules(row =>
        {
            row.RuleFor(r => r.Statement).NotEmpty().WithMessage("Enter what the learner will be able to do.").Text("Objective", FieldLengths.MediumText);
            row.RuleFor(r => r.AdultEducationContent).Text("Adult education content", FieldLengths.MediumText);
            row.RuleFor(r => r.WorkforcePreparationActivity).Text("Workforce preparation activity", FieldLengths.MediumText);
            row.RuleFor(r => r.WorkforceTrainingCompetency).Text("Workforce training competency", FieldLengths.MediumText);
            row.RuleFor(r => r.Assessment).Text("Assessment", FieldLengths.MediumText);
        });
    }
}

public sealed class MaterialsFormValidator : AbstractValidator<MaterialsForm>
{
    public MaterialsFormValidator()
    {
        RuleFor(f => f.AdultEducation).SetValidator(new ComponentMaterialsValidator());
        RuleFor(f => f.WorkforcePreparation).SetValidator(new ComponentMaterialsValidator());
        RuleFor(f => f.WorkforceTraining).SetValidator(new ComponentMaterialsValidator());
    }

    private sealed class ComponentMaterialsValidator : AbstractValidator<ComponentMaterials>
    {
        public ComponentMaterialsValidator()
        {
            RuleFor(g => g.Materials).Rows("materials");
            RuleFor(g => g.Research).Rows("research entries");
            RuleForEach(g => g.Materials).Where(r => !SectionMapping.IsBlank(r)).ChildRules(row =>
            {
                row.RuleFor(r => r.Title).NotEmpty().WithMessage("Enter the title of the material.").Text("Material title", FieldLengths.Name);
                row.RuleFor(r => r.HowUsed).Text("How it is used", FieldLengths.MediumText);
            });
            RuleForEach(g => g.Research).Where(r => !SectionMapping.IsBlank(r)).ChildRules(row =>
            {
                row.RuleFor(r => r.Citation).NotEmpty().WithMessage("Enter the research citation.").Text("Citation", FieldLengths.MediumText);
                row.RuleFor(r => r.HowApplied).Text("How it is applied", FieldLengths.MediumText);
            });
        }
    }
}

public sealed class EquityFormValidator : AbstractValidator<EquityForm>
{
    public EquityFormValidator()
    {
        RuleFor(f => f.RecruitmentStrategies).Text("Recruitment strategies", FieldLengths.LongText);
        RuleFor(f => f.PopulationsServed).Text("Populations served", FieldLengths.MediumText);
        RuleFor(f => f.CostOfInstructionFunding).Text("Funding of the cost of instruction", FieldLengths.LongText);
        RuleForEach(f => f.LearnerSupports).IsInEnum().WithMessage("Choose learner supports from the list.");
        RuleFor(f => f.LearnerSupportsDescription).Text("Learner supports", FieldLengths.LongText);
        RuleFor(f => f.InclusiveCurriculumDesign).Text("Inclusive curriculum design", FieldLengths.LongText);
    }
}

public sealed class PartnersFormValidator : AbstractValidator<PartnersForm>
{
    public PartnersFormValidator()
    {
        RuleFor(f => f.Partners).Rows("partners");
        RuleForEach(f => f.Partners).Where(r => !SectionMapping.IsBlank(r)).ChildRules(row =>
        {
            row.RuleFor(r => r.Name).NotEmpty().WithMessage("Enter the partner's name.").Text("Partner name", FieldLengths.Name);
            row.RuleFor(r => r.Type).NotNull().WithMessage("Choose the kind of partner.").IsInEnum().WithMessage("Choose the kind of partner.");
            row.RuleFor(r => r.ContactName).Text("Contact", FieldLengths.ShortText);
            row.RuleFor(r => r.Contribution).Text("Contribution", FieldLengths.MediumText);
        });
    }
}
