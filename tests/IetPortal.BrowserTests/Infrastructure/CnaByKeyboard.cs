using Microsoft.Playwright;

namespace IetPortal.BrowserTests.Infrastructure;

/// <summary>
/// The complete Nursing Assistant IET of Milwaukee Area Technical College, written in the editor with the keyboard
/// alone: one method per editor page, each filling the page without saving it (so a test can add its own detours),
/// and <see cref="WriteAsync"/> for the whole proposal. Every page that arrives is checked with axe.
/// </summary>
public static class CnaByKeyboard
{
    public const string SaveAndContinue = "button[name='Form.Command'][value='continue']";

    /// <summary>The editor's plain Save button (it stays on the page).</summary>
    public const string Save = ".ietportal-form-actions button.usa-button:not([name])";

    /// <summary>
    /// From a page with the "New proposal" link, writes every section and saves each; ends on the partners page.
    /// Returns the id of the new proposal. Without a <paramref name="minimumAge"/> the proposal has one warning
    /// (Wisconsin policy asks for the minimum learner age) and no error.
    /// </summary>
    public static async Task<int> WriteAsync(IPage page, string title, string? minimumAge = "18")
    {
        ArgumentNullException.ThrowIfNull(page);
        var id = await StartAsync(page, title);
        await OverviewAsync(page, minimumAge);
        await page.ActivateAsync(SaveAndContinue);
        await PathwayAsync(page);
        await page.ActivateAsync(SaveAndContinue);
        await AdultEducationAsync(page);
        await page.ActivateAsync(SaveAndContinue);
        await WorkforcePreparationAsync(page);
        await page.ActivateAsync(SaveAndContinue);
        await WorkforceTrainingAsync(page);
        await page.ActivateAsync(SaveAndContinue);
        await IntegrationAsync(page);
        await page.ActivateAsync(SaveAndContinue);
        await LearningObjectivesAsync(page);
        await page.ActivateAsync(SaveAndContinue);
        await MaterialsAsync(page);
        await page.ActivateAsync(SaveAndContinue);
        await EquityAsync(page);
        await page.ActivateAsync(SaveAndContinue);
        await PartnersAsync(page);
        await page.ActivateAsync(Save);
        Assert.Contains("/edit/partners", page.Url, StringComparison.Ordinal);
        return id;
    }

    /// <summary>"New proposal" from the page the user is on, the title, Enter: the editor opens on the overview.</summary>
    public static async Task<int> StartAsync(IPage page, string title)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ActivateAsync("a[href='/proposals/new']");
        await page.EnterTextAsync("#Title", title);
        await page.SubmitAndWaitAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Contains("/edit/overview", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        var path = new Uri(page.Url).AbsolutePath;
        return int.Parse(path.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>1. Overview; the minimum age is left empty when none is given.</summary>
    public static async Task OverviewAsync(IPage page, string? minimumAge = "18")
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EnterTextAsync("#Form_Summary", "A 16-week hybrid cohort preparing English language learners for the Wisconsin Nurse Aide Registry, with English taught in the context of resident care.");
        await page.ChooseAsync("#Form_DeliveryMode", "Hybrid");
        await page.EnterTextAsync("#Form_Location", "MATC Downtown Milwaukee Campus");
        await page.TypeDateAsync("#Form_StartDate", new DateOnly(2027, 1, 12));
        await page.TypeDateAsync("#Form_EndDate", new DateOnly(2027, 5, 1));
        await page.EnterTextAsync("#Form_Weeks", "16");
        await page.EnterTextAsync("#Form_CohortCapacity", "18");
        await page.TickAsync("#Form_ServesEnglishLanguageLearners-0");
        await page.EnterTextAsync("#Form_EducationalFunctioningLevels", "ESL levels 4-6");
        if (minimumAge is not null)
        {
            await page.EnterTextAsync("#Form_MinimumAge", minimumAge);
        }

        await page.TickAsync("#Form_FundingSources-0");
    }

    /// <summary>
    /// 2. Career pathway and alignment. The entry steps and credentials offered follow the saved pathway (no script
    /// needed), so the page is saved once with the pathway before they are chosen.
    /// </summary>
    public static async Task PathwayAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ChooseAsync("#Form_CareerPathwayId", "Nursing");
        await page.EnterTextAsync("#Form_OccupationSocCode", "31-1131");
        await page.EnterTextAsync("#Form_OccupationTitle", "Nursing Assistants");
        await page.EnterTextAsync("#Form_CipCode", "51.3902");
        await page.EnterTextAsync("#Form_WtcsProgramNumber", "30-543-1");
        await page.EnterTextAsync("#Form_Credits", "3");
        await page.TickAsync("#Form_WorkforceAreaIds-1");
        await page.EnterTextAsync("#Form_WorkforcePlanAlignment", "Employ Milwaukee's local plan names healthcare as a priority sector and nursing assistants as an in-demand occupation.");
        await page.EnterTextAsync("#Form_LaborMarketEvidence", "Wisconsin DWD projects 3,900 annual openings for nursing assistants; median wage $36,000.");
        await page.ActivateAsync(Save);
        await page.ChooseAsync("#Form_EntryStepId", "Step 1");
        await page.TickAsync("#Form_CredentialIds-0");
    }

    /// <summary>3. Adult education and literacy, with a schedule row and an instructor.</summary>
    public static async Task AdultEducationAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ChooseAsync("#Form_ActivityType", "English");
        await page.TickAsync("#Form_Skills-0");
        await page.TickAsync("#Form_Skills-3");
        await page.EnterTextAsync("#Form_Contextualization", "Reading care plans, charting vocabulary and resident communication role-plays.");
        await page.EnterTextAsync("#Form_ContentStandards", "English Language Proficiency (ELP) standards; CCRS reading anchors 1 and 4");
        await FillComponentAsync(page, "96", new DateOnly(2027, 1, 12), new DateOnly(2027, 5, 1), "Ana Ruiz", "ELL instructor");
    }

    /// <summary>4. Workforce preparation: two activities.</summary>
    public static async Task WorkforcePreparationAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ActivateAsync("button[value='add:Activities']");
        await page.ChooseAsync("#Form_Activities_0__Area", "Digital");
        await page.EnterTextAsync("#Form_Activities_0__Description", "Using the electronic health record to log vital signs");
        await page.ActivateAsync("button[value='add:Activities']");
        await page.ChooseAsync("#Form_Activities_1__Area", "Working");
        await page.EnterTextAsync("#Form_Activities_1__Description", "Team huddles and shift hand-offs");
        await FillComponentAsync(page, "24", new DateOnly(2027, 1, 12), new DateOnly(2027, 5, 1), "Derek Moss", "Career navigator");
    }

    /// <summary>5. Workforce training: one occupational course and work-based learning.</summary>
    public static async Task WorkforceTrainingAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ChooseAsync("#Form_TrainingType", "Occupational");
        await page.ActivateAsync("button[value='add:Courses']");
        await page.EnterTextAsync("#Form_Courses_0__CourseNumber", "30-543-300");
        await page.EnterTextAsync("#Form_Courses_0__Title", "Nursing Assistant");
        await page.EnterTextAsync("#Form_Courses_0__Credits", "3");
        await page.EnterTextAsync("#Form_WorkBasedLearning", "32 hours of supervised clinicals at a partner nursing home.");
        await FillComponentAsync(page, "120", new DateOnly(2027, 2, 23), new DateOnly(2027, 5, 1), "Joan Keller, RN", "CNA clinical instructor");
    }

    /// <summary>6. Integration: the timeline shows the overlap in words.</summary>
    public static async Task IntegrationAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Assert.Contains("overlap of", await page.Locator("#timeline-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.ChooseAsync("#Form_InstructionalModel", "Team");
        await page.EnterTextAsync("#Form_TeamTeachingOverlapHours", "48");
        await page.EnterTextAsync("#Form_CoPlanningDescription", "The ELL and nursing instructors plan each week's lessons together on Mondays.");
        await page.EnterTextAsync("#Form_IntegrationDescription", "Every clinical skill is taught with its language and its employability habit in the same week.");
    }

    /// <summary>7. One learning objective that links all three components.</summary>
    public static async Task LearningObjectivesAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ActivateAsync("button[value='add:Objectives']");
        await page.EnterTextAsync("#Form_Objectives_0__Statement", "Measure, record and report a resident's vital signs");
        await page.EnterTextAsync("#Form_Objectives_0__AdultEducationContent", "Numbers, units and charting vocabulary");
        await page.EnterTextAsync("#Form_Objectives_0__WorkforcePreparationActivity", "Logging readings in the electronic health record");
        await page.EnterTextAsync("#Form_Objectives_0__WorkforceTrainingCompetency", "Vital signs (CNA skill 4)");
        await page.EnterTextAsync("#Form_Objectives_0__Assessment", "Skills check-off");
    }

    /// <summary>8. An occupationally relevant material and a research basis, with how it is applied, for each component.</summary>
    public static async Task MaterialsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var (group, material, research, applied) in new[]
        {
            ("AdultEducation", "Hartman's Nursing Assistant Care workbook, ELL edition", "Wrigley (2015), contextualized ELL instruction", "Reading and vocabulary taught from the care plans and charts of the clinical site."),
            ("WorkforcePreparation", "Facility EHR training sandbox", "WTCS Action Research Brief (Konruff 2024)", "Digital skills practised in the record system learners use at work."),
            ("WorkforceTraining", "Wisconsin Nurse Aide skills checklist", "I-BEST evaluation (Zeidenberg, Cho and Jenkins 2010)", "Skills taught by the nurse and the ELL instructor together."),
        })
        {
            await page.ActivateAsync($"button[value='add:{group}.Materials']");
            await page.EnterTextAsync($"#Form_{group}_Materials_0__Title", material);
            await page.TickAsync($"#Form_{group}_Materials_0__IsOccupationallyRelevant-0");
            await page.ActivateAsync($"button[value='add:{group}.Research']");
            await page.EnterTextAsync($"#Form_{group}_Research_0__Citation", research);
            await page.EnterTextAsync($"#Form_{group}_Research_0__HowApplied", applied);
        }
    }

    /// <summary>9. Equity and supports.</summary>
    public static async Task EquityAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EnterTextAsync("#Form_RecruitmentStrategies", "Multilingual flyers and referrals from refugee resettlement agencies.");
        await page.EnterTextAsync("#Form_PopulationsServed", "English language learners, refugees");
        await page.TickAsync("#Form_LearnerSupports-0");
        await page.TickAsync("#Form_LearnerSupports-3");
    }

    /// <summary>10. An employer partner.</summary>
    public static async Task PartnersAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ActivateAsync("button[value='add:Partners']");
        await page.EnterTextAsync("#Form_Partners_0__Name", "Capitol Lakes Health Care Center");
        await page.ChooseAsync("#Form_Partners_0__Type", "Employer");
        await page.EnterTextAsync("#Form_Partners_0__Contribution", "Clinical site and interviews for completers");
    }

    /// <summary>What every component page asks: hours, dates, quality, a weekly schedule row and an instructor.</summary>
    public static async Task FillComponentAsync(IPage page, string hours, DateOnly start, DateOnly end, string instructor, string role)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EnterTextAsync("#Form_ContactHours", hours);
        await page.TypeDateAsync("#Form_StartDate", start);
        await page.TypeDateAsync("#Form_EndDate", end);
        await page.EnterTextAsync("#Form_QualityDescription", "Small cohort, two sessions a week, weekly formative assessment.");
        await page.ActivateAsync("button[value='add:Schedule']");
        await page.ChooseAsync("#Form_Schedule_0__Day", "Tue");
        await page.TypeTimeAsync("#Form_Schedule_0__StartTime", new TimeOnly(9, 0));
        await page.TypeTimeAsync("#Form_Schedule_0__EndTime", new TimeOnly(11, 30));
        await page.ActivateAsync("button[value='add:Instructors']");
        await page.EnterTextAsync("#Form_Instructors_0__Name", instructor);
        await page.EnterTextAsync("#Form_Instructors_0__Role", role);
    }
}
