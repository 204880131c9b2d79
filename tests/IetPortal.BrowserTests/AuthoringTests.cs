using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IetPortal.BrowserTests;

/// <summary>
/// A college staff member writes a complete Nursing Assistant IET at Milwaukee Area Technical College with the
/// keyboard alone, from the home page to the read view; axe checks every page on the way, error states included.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AuthoringTests(BrowserApp app)
{
    private const string SaveAndContinue = "button[name='Form.Command'][value='continue']";

    [Fact]
    public async Task A_staff_member_writes_a_whole_proposal_with_the_keyboard_and_reads_it_back()
    {
        var account = app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
            .First(a => a.Role == RoleNames.CollegeStaff && a.CollegeCode == "MATC");
        var page = await app.NewPageAsync();
        await page.SignInAsync(account.Email, account.Password);

        // Home page, then "New proposal".
        await page.ActivateAsync("a[href='/proposals/new']");
        await page.EnterTextAsync("#Title", "Nursing Assistant with Integrated English Language Learning");
        await page.SubmitAndWaitAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Contains("/edit/overview", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();

        // 1. Overview
        await page.EnterTextAsync("#Form_Summary", "A 16-week hybrid cohort preparing English language learners for the Wisconsin Nurse Aide Registry, with English taught in the context of resident care.");
        await page.ChooseAsync("#Form_DeliveryMode", "Hybrid");
        await page.EnterTextAsync("#Form_Location", "MATC Downtown Milwaukee Campus");
        await page.TypeDateAsync("#Form_StartDate", new DateOnly(2027, 1, 12));
        await page.TypeDateAsync("#Form_EndDate", new DateOnly(2027, 5, 1));
        await page.EnterTextAsync("#Form_Weeks", "16");
        await page.EnterTextAsync("#Form_CohortCapacity", "18");
        await page.TickAsync("#Form_ServesEnglishLanguageLearners-0");
        await page.EnterTextAsync("#Form_EducationalFunctioningLevels", "ESL levels 4-6");
        await page.EnterTextAsync("#Form_MinimumAge", "18");
        await page.TickAsync("#Form_FundingSources-0");
        await page.ActivateAsync(SaveAndContinue);
        Assert.Contains("/edit/pathway", page.Url, StringComparison.Ordinal);

        // 2. Career pathway: first a malformed SOC code, to see the error state.
        await page.ChooseAsync("#Form_CareerPathwayId", "Nursing");
        await page.EnterTextAsync("#Form_OccupationSocCode", "311131");
        await page.ActivateAsync(SaveAndContinue);
        Assert.Contains("Enter the SOC code as NN-NNNN", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.EnterTextAsync("#Form_OccupationSocCode", "31-1131");
        await page.EnterTextAsync("#Form_OccupationTitle", "Nursing Assistants");
        await page.ChooseAsync("#Form_EntryStepId", "Step 1");
        await page.EnterTextAsync("#Form_CipCode", "51.3902");
        await page.EnterTextAsync("#Form_WtcsProgramNumber", "30-543-1");
        await page.EnterTextAsync("#Form_Credits", "3");
        await page.TickAsync("#Form_WorkforceAreaIds-1");
        await page.EnterTextAsync("#Form_WorkforcePlanAlignment", "Employ Milwaukee's local plan names healthcare as a priority sector and nursing assistants as an in-demand occupation.");
        await page.EnterTextAsync("#Form_LaborMarketEvidence", "Wisconsin DWD projects 3,900 annual openings for nursing assistants; median wage $36,000.");
        await page.ActivateAsync(".ietportal-form-actions button.usa-button:not([name])");
        await page.TickAsync("#Form_CredentialIds-0");
        await page.ActivateAsync(SaveAndContinue);
        Assert.Contains("/edit/adult-education", page.Url, StringComparison.Ordinal);

        // 3. Adult education and literacy, with a schedule row and an instructor.
        await page.ChooseAsync("#Form_ActivityType", "English");
        await page.TickAsync("#Form_Skills-0");
        await page.TickAsync("#Form_Skills-3");
        await page.EnterTextAsync("#Form_Contextualization", "Reading care plans, charting vocabulary and resident communication role-plays.");
        await page.EnterTextAsync("#Form_ContentStandards", "English Language Proficiency (ELP) standards; CCRS reading anchors 1 and 4");
        await FillComponentAsync(page, "96", new DateOnly(2027, 1, 12), new DateOnly(2027, 5, 1), "Ana Ruiz", "ELL instructor");
        await page.ActivateAsync(SaveAndContinue);

        // 4. Workforce preparation: two activities, then one removed.
        await page.ActivateAsync("button[value='add:Activities']");
        await page.ChooseAsync("#Form_Activities_0__Area", "Digital");
        await page.EnterTextAsync("#Form_Activities_0__Description", "Using the electronic health record to log vital signs");
        await page.ActivateAsync("button[value='add:Activities']");
        await page.ChooseAsync("#Form_Activities_1__Area", "Working");
        await page.EnterTextAsync("#Form_Activities_1__Description", "Team huddles and shift hand-offs");
        await page.ActivateAsync("button[value='add:Activities']");
        await page.ChooseAsync("#Form_Activities_2__Area", "Self");
        await page.EnterTextAsync("#Form_Activities_2__Description", "A duplicate activity to remove");
        await page.ActivateAsync("button[value='remove:Activities:2']");
        Assert.Equal(2, await page.Locator("[id^='Form_Activities_'][id$='__Description']").CountAsync());
        await FillComponentAsync(page, "24", new DateOnly(2027, 1, 12), new DateOnly(2027, 5, 1), "Derek Moss", "Career navigator");
        await page.ActivateAsync(SaveAndContinue);

        // 5. Workforce training: an occupational course and a general course that is then removed.
        await page.ChooseAsync("#Form_TrainingType", "Occupational");
        await page.ActivateAsync("button[value='add:Courses']");
        await page.EnterTextAsync("#Form_Courses_0__CourseNumber", "30-543-300");
        await page.EnterTextAsync("#Form_Courses_0__Title", "Nursing Assistant");
        await page.EnterTextAsync("#Form_Courses_0__Credits", "3");
        await page.ActivateAsync("button[value='add:Courses']");
        await page.EnterTextAsync("#Form_Courses_1__Title", "CPR for Healthcare Providers");
        await page.TickAsync("#Form_Courses_1__IsGeneralCourse-0");
        await page.ActivateAsync("button[value='remove:Courses:1']");
        await page.EnterTextAsync("#Form_WorkBasedLearning", "32 hours of supervised clinicals at a partner nursing home.");
        await FillComponentAsync(page, "120", new DateOnly(2027, 2, 23), new DateOnly(2027, 5, 1), "Joan Keller, RN", "CNA clinical instructor");
        await page.ActivateAsync(SaveAndContinue);

        // 6. Integration: the timeline shows the overlap in words.
        Assert.Contains("overlap of", await page.Locator("#timeline-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.ChooseAsync("#Form_InstructionalModel", "Team");
        await page.EnterTextAsync("#Form_TeamTeachingOverlapHours", "48");
        await page.EnterTextAsync("#Form_CoPlanningDescription", "The ELL and nursing instructors plan each week's lessons together on Mondays.");
        await page.EnterTextAsync("#Form_IntegrationDescription", "Every clinical skill is taught with its language and its employability habit in the same week.");
        await page.ActivateAsync(SaveAndContinue);

        // 7. Learning objectives and the matrix.
        await page.ActivateAsync("button[value='add:Objectives']");
        await page.EnterTextAsync("#Form_Objectives_0__Statement", "Measure, record and report a resident's vital signs");
        await page.EnterTextAsync("#Form_Objectives_0__AdultEducationContent", "Numbers, units and charting vocabulary");
        await page.EnterTextAsync("#Form_Objectives_0__WorkforcePreparationActivity", "Logging readings in the electronic health record");
        await page.EnterTextAsync("#Form_Objectives_0__WorkforceTrainingCompetency", "Vital signs (CNA skill 4)");
        await page.EnterTextAsync("#Form_Objectives_0__Assessment", "Skills check-off");
        await page.ActivateAsync(SaveAndContinue);

        // 8. Materials and research basis for each component.
        foreach (var (group, material, research) in new[]
        {
            ("AdultEducation", "Hartman's Nursing Assistant Care workbook, ELL edition", "Wrigley (2015), contextualized ELL instruction"),
            ("WorkforcePreparation", "Facility EHR training sandbox", "WTCS Action Research Brief (Konruff 2024)"),
            ("WorkforceTraining", "Wisconsin Nurse Aide skills checklist", "I-BEST evaluation (Zeidenberg, Cho and Jenkins 2010)"),
        })
        {
            await page.ActivateAsync($"button[value='add:{group}.Materials']");
            await page.EnterTextAsync($"#Form_{group}_Materials_0__Title", material);
            await page.TickAsync($"#Form_{group}_Materials_0__IsOccupationallyRelevant-0");
            await page.ActivateAsync($"button[value='add:{group}.Research']");
            await page.EnterTextAsync($"#Form_{group}_Research_0__Citation", research);
        }

        await page.ActivateAsync(SaveAndContinue);

        // 9. Equity and supports.
        await page.EnterTextAsync("#Form_RecruitmentStrategies", "Multilingual flyers and referrals from refugee resettlement agencies.");
        await page.EnterTextAsync("#Form_PopulationsServed", "English language learners, refugees");
        await page.TickAsync("#Form_LearnerSupports-0");
        await page.TickAsync("#Form_LearnerSupports-3");
        await page.ActivateAsync(SaveAndContinue);

        // 10. Partners and an attachment.
        await page.ActivateAsync("button[value='add:Partners']");
        await page.EnterTextAsync("#Form_Partners_0__Name", "Capitol Lakes Health Care Center");
        await page.ChooseAsync("#Form_Partners_0__Type", "Employer");
        await page.EnterTextAsync("#Form_Partners_0__Contribution", "Clinical site and interviews for completers");
        await page.ActivateAsync(".ietportal-form-actions button.usa-button:not([name])");
        await page.Locator("#attachment-file").SetInputFilesAsync(new FilePayload
        {
            Name = "cna-syllabus.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray(),
        });
        await page.ActivateAsync("#attachments form[enctype='multipart/form-data'] button[type=submit]");
        Assert.Contains("cna-syllabus.pdf", await page.Locator("#attachments").InnerTextAsync(), StringComparison.Ordinal);

        // The read view shows all of it.
        await page.ActivateAsync("a[href$='/edit/overview'] >> nth=0");
        await page.ActivateAsync("text=Read the whole proposal");
        var text = await page.Locator("main").InnerTextAsync();
        foreach (var expected in new[]
        {
            "Nursing Assistant with Integrated English Language Learning", "31-1131 Nursing Assistants", "MATC Downtown Milwaukee Campus",
            "Ana Ruiz", "Using the electronic health record", "Nursing Assistant", "Measure, record and report a resident's vital signs",
            "Wisconsin Nurse Aide skills checklist", "Capitol Lakes Health Care Center", "cna-syllabus.pdf", "overlap of", "Section saved",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("CPR for Healthcare Providers", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A duplicate activity to remove", text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private static async Task FillComponentAsync(IPage page, string hours, DateOnly start, DateOnly end, string instructor, string role)
    {
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
