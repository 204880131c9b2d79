using AngleSharp.Html.Dom;
using IetPortal.LoadDriver.Http;

namespace IetPortal.LoadDriver.Scenario;

/// <summary>One section save of the complete proposal: the page and how its form is filled in.</summary>
internal sealed record SectionStep(string Slug, Action<FormValues, IHtmlDocument> Fill);

/// <summary>
/// The complete Nursing Assistant IET (the proposal of tests/IetPortal.BrowserTests CnaByKeyboard), written through the
/// editor's forms for either demo college: every section filled so that the compliance check passes with no error and
/// no warning, and the proposal can be submitted. Copies of it are what the load's clients submit.
/// </summary>
internal static class CompleteProposal
{
    public static IReadOnlyList<SectionStep> Steps(DemoAccount college)
    {
        var matc = college == DemoAccount.Matc;
        var campus = matc ? "MATC Downtown Milwaukee Campus" : "Madison College Truax Campus";
        var workforceArea = matc ? "WDA 2: Milwaukee County" : "WDA 10: South Central Wisconsin";
        return
        [
            new(Editor.Overview, (f, _) => f
                .Set("Form.Summary", "A 16-week hybrid cohort preparing English language learners for the Wisconsin Nurse Aide Registry, with English taught in the context of resident care.")
                .Set("Form.DeliveryMode", "Hybrid")
                .Set("Form.Location", campus)
                .Set("Form.StartDate", "2027-01-12")
                .Set("Form.EndDate", "2027-05-01")
                .Set("Form.Weeks", "16")
                .Set("Form.CohortCapacity", "18")
                .Set("Form.ServesEnglishLanguageLearners", "true")
                .Set("Form.EducationalFunctioningLevels", "ESL levels 4-6")
                .Set("Form.MinimumAge", "18")
                .SetAll("Form.FundingSources", ["AeflaSection231"])),
            new(Editor.Pathway, (f, page) => f
                .Set("Form.CareerPathwayId", Editor.OptionValue(page, "Form.CareerPathwayId", "Nursing"))
                .Set("Form.OccupationSocCode", "31-1131")
                .Set("Form.OccupationTitle", "Nursing Assistants")
                .Set("Form.CipCode", "51.3902")
                .Set("Form.WtcsProgramNumber", "30-543-1")
                .Set("Form.Credits", "3")
                .SetAll("Form.WorkforceAreaIds", [Editor.CheckboxValue(page, "Form.WorkforceAreaIds", workforceArea)])
                .Set("Form.WorkforcePlanAlignment", "The local workforce plan names healthcare as a priority sector and nursing assistants as an in-demand occupation.")
                .Set("Form.LaborMarketEvidence", "Wisconsin DWD projects 3,900 annual openings for nursing assistants; median wage $36,000.")),

            // The entry steps and credentials offered follow the saved pathway, so they are chosen on the second save.
            new(Editor.Pathway, (f, page) => f
                .Set("Form.EntryStepId", Editor.OptionValue(page, "Form.EntryStepId", "Step 1: Nursing Assistant"))
                .SetAll("Form.CredentialIds", [Editor.CheckboxValues(page, "Form.CredentialIds")[0]])),
            new(Editor.AdultEducation, (f, _) => Component(f
                    .Set("Form.ActivityType", "EnglishLanguageAcquisition")
                    .SetAll("Form.Skills", ["Reading", "EnglishLanguage"])
                    .Set("Form.Contextualization", "Reading care plans, charting vocabulary and resident communication role-plays.")
                    .Set("Form.ContentStandards", "English Language Proficiency (ELP) standards; CCRS reading anchors 1 and 4"),
                "96", "2027-01-12", "2027-05-01", "Ana Ruiz", "ELL instructor")),
            new(Editor.WorkforcePreparation, (f, _) => Component(f
                    .RemovePrefix("Form.Activities[")
                    .Set("Form.Activities[0].Area", "DigitalLiteracy")
                    .Set("Form.Activities[0].Description", "Using the electronic health record to log vital signs")
                    .Set("Form.Activities[1].Area", "WorkingWithOthers")
                    .Set("Form.Activities[1].Description", "Team huddles and shift hand-offs"),
                "24", "2027-01-12", "2027-05-01", "Derek Moss", "Career navigator")),
            new(Editor.WorkforceTraining, (f, _) => Component(f
                    .Set("Form.TrainingType", "OccupationalSkillsTraining")
                    .RemovePrefix("Form.Courses[")
                    .Set("Form.Courses[0].CourseNumber", "30-543-300")
                    .Set("Form.Courses[0].Title", "Nursing Assistant")
                    .Set("Form.Courses[0].Credits", "3")
                    .Set("Form.WorkBasedLearning", "32 hours of supervised clinicals at a partner nursing home."),
                "120", "2027-02-23", "2027-05-01", "Joan Keller, RN", "CNA clinical instructor")),
            new(Editor.Integration, (f, _) => f
                .Set("Form.InstructionalModel", "TeamTeaching")
                .Set("Form.TeamTeachingOverlapHours", "48")
                .Set("Form.CoPlanningDescription", "The ELL and nursing instructors plan each week's lessons together on Mondays.")
                .Set("Form.IntegrationDescription", "Every clinical skill is taught with its language and its employability habit in the same week.")),
            new(Editor.LearningObjectives, (f, _) => Objectives(f, 1, "template")),
            new(Editor.Materials, (f, _) => Materials(f)),
            new(Editor.Equity, (f, _) => f
                .Set("Form.RecruitmentStrategies", "Multilingual flyers and referrals from refugee resettlement agencies.")
                .Set("Form.PopulationsServed", "English language learners, refugees")
                .SetAll("Form.LearnerSupports", ["Advising", "Childcare"])),
            new(Editor.Partners, (f, _) => f
                .RemovePrefix("Form.Partners[")
                .Set("Form.Partners[0].Name", "Capitol Lakes Health Care Center")
                .Set("Form.Partners[0].Type", "Employer")
                .Set("Form.Partners[0].Contribution", "Clinical site and interviews for completers")),
        ];
    }

    /// <summary>
    /// Replaces the learning objectives with <paramref name="count"/> complete ones, each linking all three components
    /// (so a complete proposal stays complete), their texts carrying <paramref name="marker"/>.
    /// </summary>
    public static FormValues Objectives(FormValues form, int count, string marker)
    {
        form.RemovePrefix("Form.Objectives[");
        for (var i = 0; i < count; i++)
        {
            var row = $"Form.Objectives[{i}].";
            form.Set(row + "Statement", $"Measure, record and report a resident's vital signs ({marker}, objective {i + 1})")
                .Set(row + "AdultEducationContent", $"Numbers, units and charting vocabulary ({marker})")
                .Set(row + "WorkforcePreparationActivity", $"Logging readings in the electronic health record ({marker})")
                .Set(row + "WorkforceTrainingCompetency", $"Vital signs, CNA skill {i + 4} ({marker})")
                .Set(row + "Assessment", $"Skills check-off ({marker})");
        }

        return form;
    }

    private static FormValues Component(FormValues form, string hours, string start, string end, string instructor, string role) => form
        .Set("Form.ContactHours", hours)
        .Set("Form.StartDate", start)
        .Set("Form.EndDate", end)
        .Set("Form.QualityDescription", "Small cohort, two sessions a week, weekly formative assessment.")
        .RemovePrefix("Form.Schedule[")
        .Set("Form.Schedule[0].Day", "Tuesday")
        .Set("Form.Schedule[0].StartTime", "09:00")
        .Set("Form.Schedule[0].EndTime", "11:30")
        .RemovePrefix("Form.Instructors[")
        .Set("Form.Instructors[0].Name", instructor)
        .Set("Form.Instructors[0].Role", role);

    private static FormValues Materials(FormValues form)
    {
        foreach (var (group, material, research, applied) in new[]
        {
            ("AdultEducation", "Hartman's Nursing Assistant Care workbook, ELL edition", "Wrigley (2015), contextualized ELL instruction", "Reading and vocabulary taught from the care plans and charts of the clinical site."),
            ("WorkforcePreparation", "Facility EHR training sandbox", "WTCS Action Research Brief (Konruff 2024)", "Digital skills practised in the record system learners use at work."),
            ("WorkforceTraining", "Wisconsin Nurse Aide skills checklist", "I-BEST evaluation (Zeidenberg, Cho and Jenkins 2010)", "Skills taught by the nurse and the ELL instructor together."),
        })
        {
            form.RemovePrefix($"Form.{group}.Materials[")
                .RemovePrefix($"Form.{group}.Research[")
                .Set($"Form.{group}.Materials[0].Title", material)
                .Set($"Form.{group}.Materials[0].IsOccupationallyRelevant", "true")
                .Set($"Form.{group}.Research[0].Citation", research)
                .Set($"Form.{group}.Research[0].HowApplied", applied);
        }

        return form;
    }
}
