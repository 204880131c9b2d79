using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Identity;
using IetPortal.Web.Tests.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IetPortal.BrowserTests;

/// <summary>
/// What a college sees of the compliance service: the panel on an editor page in its states, Fix links that land on
/// the field, the check page and its readiness check; and what an administrator sees of thresholds. axe checks every
/// page and every state on the way.
/// </summary>
[Collection(BrowserTestGroup.Journeys)]
public sealed class CompliancePanelTests(BrowserApp app)
{
    private const string SaveButton = ".ietportal-form-actions button.usa-button:not([name])";

    private DemoAccount Demo(string role, string? collegeCode = null) =>
        app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
            .First(a => a.Role == role && (collegeCode is null || a.CollegeCode == collegeCode));

    private async Task<IPage> SignedInAsync(string role, string? collegeCode = null)
    {
        var account = Demo(role, collegeCode);
        var page = await app.NewPageAsync();
        await page.SignInAsync(account.Email, account.Password);
        return page;
    }

    private Task<int> CnaAsync(string title, Action<IetProposal>? change = null) => app.WithDbAsync(db => CnaInDatabase.AddAsync(db, change, title));

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement ? document.activeElement.id : ''");

    [Fact]
    public async Task The_panel_of_an_empty_draft_lists_the_sections_errors_and_a_save_that_fixes_them_updates_it()
    {
        var collegeId = await app.WithDbAsync(db => db.Colleges.Where(c => c.Code == "MATC").Select(c => c.Id).SingleAsync());
        var id = await app.WithDbAsync(async db =>
        {
            var draft = IetProposal.StartDraft(collegeId, "Welding IET, first ideas");
            db.Proposals.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });
        var page = await SignedInAsync(RoleNames.CollegeStaff, "MATC");

        await page.VisitAsync($"/proposals/{id}/edit/equity");
        var panel = page.Locator(".ietportal-compliance-panel");
        Assert.Contains("Equity and supports: 2 errors and no warnings.", await panel.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await panel.Locator("li.ietportal-finding").CountAsync());
        Assert.Contains("Not met", await panel.Locator("li.ietportal-finding").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Not started", (await page.Locator("a[aria-current='page'] .ietportal-section-state").InnerTextAsync()).Trim());

        await page.Locator("#Form_RecruitmentStrategies").FillAsync("Multilingual flyers at job centers and community organizations.");
        await page.TickAsync("#Form_LearnerSupports-0");
        await page.ActivateAsync(SaveButton);

        Assert.EndsWith($"/proposals/{id}/edit/equity", page.Url, StringComparison.Ordinal);
        Assert.Contains("Equity and supports: every requirement checked here is met.", await panel.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await panel.Locator("li.ietportal-finding").CountAsync());
        Assert.Equal("Complete", (await page.Locator("a[aria-current='page'] .ietportal-section-state").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_fix_link_lands_on_its_field_from_the_check_page_and_from_the_panel()
    {
        var id = await CnaAsync("Nursing Assistant IET with three gaps", p =>
        {
            p.AdultEducation!.ContentStandards = null;
            p.LearningObjectives[2].WorkforceTrainingCompetency = null;
            p.WorkforcePreparation!.Instructors.Clear();
        });
        var page = await SignedInAsync(RoleNames.CollegeStaff, "MATC");

        // From the full report to another page: the browser focuses the field named in the fragment.
        await page.VisitAsync($"/proposals/{id}/check");
        await page.Locator("#finding-IET-463_38-a-CONTENT-STANDARDS a").ClickAsync();
        await page.WaitForURLAsync($"**/proposals/{id}/edit/adult-education#Form_ContentStandards");
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'Form_ContentStandards'");
        await page.AssertAccessibleAsync();

        // Within the same page, from the panel to an objective's field.
        await page.VisitAsync($"/proposals/{id}/edit/learning-objectives");
        await page.Locator(".ietportal-compliance-panel a[href$='#Form_Objectives_2__WorkforceTrainingCompetency']").ClickAsync();
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'Form_Objectives_2__WorkforceTrainingCompetency'");
        Assert.EndsWith("#Form_Objectives_2__WorkforceTrainingCompetency", page.Url, StringComparison.Ordinal);

        // A finding about rows that do not exist yet lands on their group, where "Add an instructor" is the next stop.
        await page.VisitAsync($"/proposals/{id}/check");
        await page.Locator("#finding-IET-463_37-a1-WP-INTENSITY a").ClickAsync();
        await page.WaitForURLAsync($"**/proposals/{id}/edit/workforce-preparation#instructors");
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'instructors'");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Add an instructor", (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_check_page_reports_what_blocks_submission_and_accepts_acknowledged_warnings()
    {
        var blocked = await CnaAsync("Nursing Assistant IET, not ready", p =>
        {
            p.IntegrationDescription = null;
            p.MinimumAge = null;
        });
        var ready = await CnaAsync("Nursing Assistant IET, one warning", p => p.MinimumAge = null);
        var page = await SignedInAsync(RoleNames.CollegeStaff, "MATC");

        await page.VisitAsync($"/proposals/{blocked}/check");
        Assert.Contains("1 error", await page.Locator("#counts-heading + [role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await page.ActivateAsync("button:text('Check readiness')");
        Assert.Equal("error-summary", await ActiveIdAsync(page));
        var summary = await page.Locator("#error-summary").InnerTextAsync();
        Assert.Contains("Not met, blocks submission: Components organized to function cooperatively.", summary, StringComparison.Ordinal);
        Assert.Contains("Write a note acknowledging the warning: Minimum learner age stated.", summary, StringComparison.Ordinal);
        await page.Locator("#error-summary a[href='#Form_Acknowledgements_0__Note']").ClickAsync();
        Assert.Equal("Form_Acknowledgements_0__Note", await ActiveIdAsync(page));

        await page.VisitAsync($"/proposals/{ready}/check");
        await page.Locator("#Form_Acknowledgements_0__Note").FillAsync("Only adults are admitted; the college checks the age at enrollment.");
        await page.ActivateAsync("button:text('Check readiness')");
        Assert.Contains("nothing has been stored", await page.Locator("#ready-heading + p").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_thresholds_page_shows_a_validation_error_at_its_field()
    {
        var page = await SignedInAsync(RoleNames.Administrator);

        await page.VisitAsync("/admin");
        await page.ActivateAsync("main a[href='/admin/thresholds']");
        await page.Locator("#min-overlap-percent_Value").FillAsync("150");
        await page.ActivateAsync("form[action='/admin/thresholds/min-overlap-percent'] button[type=submit]");

        Assert.Equal("error-summary", await ActiveIdAsync(page));
        Assert.Contains("Enter at most 100 percent.", await page.Locator("#min-overlap-percent_Value-error").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#error-summary a").ClickAsync();
        Assert.Equal("min-overlap-percent_Value", await ActiveIdAsync(page));
        var stored = await app.WithDbAsync(db => db.ComplianceThresholds.Where(t => t.Key == ThresholdKeys.MinimumOverlapPercent).Select(t => t.Value).SingleAsync());
        Assert.Equal(50m, stored);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_threshold_change_shows_up_in_a_drafts_report_and_on_its_read_view()
    {
        var id = await CnaAsync("Nursing Assistant IET before a threshold change");
        var staff = await SignedInAsync(RoleNames.CollegeStaff, "MATC");
        await staff.VisitAsync($"/proposals/{id}/edit/equity");
        await staff.Locator("#Form_PopulationsServed").FillAsync("English language learners and refugees.");
        await staff.ActivateAsync(SaveButton);

        var admin = await SignedInAsync(RoleNames.Administrator);
        try
        {
            await admin.VisitAsync("/admin/thresholds");
            await admin.Locator("#min-learning-objectives_Value").FillAsync("7");
            await admin.ActivateAsync("form[action='/admin/thresholds/min-learning-objectives'] button[type=submit]");
            await admin.ExpectStatusAsync("changed from 1 to 7 objectives");
            Assert.Contains("Minimum number of learning objectives", await admin.Locator("#history-heading + table").InnerTextAsync(), StringComparison.Ordinal);

            await staff.VisitAsync($"/proposals/{id}/check");
            var row = await staff.Locator("#finding-IET-463_37-b-OBJECTIVES-COUNT").InnerTextAsync();
            Assert.Contains("Not met", row, StringComparison.Ordinal);
            Assert.Contains("6 learning objectives (minimum 7)", row, StringComparison.Ordinal);
            Assert.Contains("Changed since your last edit", await staff.Locator("#counts-heading").Locator("..").InnerTextAsync(), StringComparison.Ordinal);
            await staff.VisitAsync($"/proposals/{id}");
            Assert.Contains(
                "Threshold 'Minimum number of learning objectives' changed from 1 to 7 objectives: now 1 error",
                await staff.Locator("#compliance-state-heading").Locator("..").InnerTextAsync(),
                StringComparison.Ordinal);
        }
        finally
        {
            // The browser tests share one database: put the seeded value back for the others.
            await app.WithDbAsync(db => db.ComplianceThresholds.Where(t => t.Key == ThresholdKeys.MinimumLearningObjectives)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, 1m)));
            await admin.Context.CloseAsync();
            await staff.Context.CloseAsync();
        }
    }
}
