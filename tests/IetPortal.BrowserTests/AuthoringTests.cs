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
[Collection(BrowserTestGroup.Journeys)]
public sealed class AuthoringTests(BrowserApp app)
{
    private const string SaveAndContinue = CnaByKeyboard.SaveAndContinue;

    [Fact]
    public async Task A_staff_member_writes_a_whole_proposal_with_the_keyboard_and_reads_it_back()
    {
        var account = app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
            .First(a => a.Role == RoleNames.CollegeStaff && a.CollegeCode == "MATC");
        var page = await app.NewPageAsync();
        await page.SignInAsync(account.Email, account.Password);

        // Home page, then "New proposal": the editor opens on the overview.
        await CnaByKeyboard.StartAsync(page, "Nursing Assistant with Integrated English Language Learning");

        // 1. Overview
        await CnaByKeyboard.OverviewAsync(page);
        await page.ActivateAsync(SaveAndContinue);
        Assert.Contains("/edit/pathway", page.Url, StringComparison.Ordinal);

        // 2. Career pathway, then a malformed SOC code, to see the error state.
        await CnaByKeyboard.PathwayAsync(page);
        await page.EnterTextAsync("#Form_OccupationSocCode", "311131");
        await page.ActivateAsync(SaveAndContinue);
        Assert.Contains("Enter the SOC code as NN-NNNN", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.EnterTextAsync("#Form_OccupationSocCode", "31-1131");
        await page.ActivateAsync(SaveAndContinue);
        Assert.Contains("/edit/adult-education", page.Url, StringComparison.Ordinal);

        // 3. Adult education and literacy, with a schedule row and an instructor.
        await CnaByKeyboard.AdultEducationAsync(page);
        await page.ActivateAsync(SaveAndContinue);

        // 4. Workforce preparation: two activities, and a third one added and removed.
        await CnaByKeyboard.WorkforcePreparationAsync(page);
        await page.ActivateAsync("button[value='add:Activities']");
        await page.ChooseAsync("#Form_Activities_2__Area", "Self");
        await page.EnterTextAsync("#Form_Activities_2__Description", "A duplicate activity to remove");
        await page.ActivateAsync("button[value='remove:Activities:2']");
        Assert.Equal(2, await page.Locator("[id^='Form_Activities_'][id$='__Description']").CountAsync());
        await page.ActivateAsync(SaveAndContinue);

        // 5. Workforce training: an occupational course, and a general course added and removed.
        await CnaByKeyboard.WorkforceTrainingAsync(page);
        await page.ActivateAsync("button[value='add:Courses']");
        await page.EnterTextAsync("#Form_Courses_1__Title", "CPR for Healthcare Providers");
        await page.TickAsync("#Form_Courses_1__IsGeneralCourse-0");
        await page.ActivateAsync("button[value='remove:Courses:1']");
        await page.ActivateAsync(SaveAndContinue);

        // 6. Integration: the timeline shows the overlap in words.
        await CnaByKeyboard.IntegrationAsync(page);
        await page.ActivateAsync(SaveAndContinue);

        // 7. Learning objectives and the matrix.
        await CnaByKeyboard.LearningObjectivesAsync(page);
        await page.ActivateAsync(SaveAndContinue);

        // 8. Materials and research basis for each component.
        await CnaByKeyboard.MaterialsAsync(page);
        await page.ActivateAsync(SaveAndContinue);

        // 9. Equity and supports.
        await CnaByKeyboard.EquityAsync(page);
        await page.ActivateAsync(SaveAndContinue);

        // 10. Partners and an attachment.
        await CnaByKeyboard.PartnersAsync(page);
        await page.ActivateAsync(CnaByKeyboard.Save);
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
}
