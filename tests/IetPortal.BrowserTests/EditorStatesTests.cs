using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IetPortal.BrowserTests;

/// <summary>Every editor page in its error state, the conflict state and the read-only state, checked with axe.</summary>
[Collection(BrowserTestGroup.Pages)]
public sealed class EditorStatesTests(BrowserApp app)
{
    private DemoAccount Staff => app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
        .First(a => a.Role == RoleNames.CollegeStaff && a.CollegeCode == "MATC");

    private async Task<int> CreateDraftAsync(string title, ProposalStatus status = ProposalStatus.Draft)
    {
        var collegeId = await app.WithDbAsync(db => db.Colleges.Where(c => c.Code == "MATC").Select(c => c.Id).SingleAsync());
        return await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, title);
            proposal.Status = status;
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
    }

    /// <summary>For each section: a field to fill with a malformed value (after adding a row where needed).</summary>
    public static TheoryData<string, string?, string, string> Invalid => new()
    {
        { "overview", null, "#Form_Title", "" },
        { "pathway", null, "#Form_CipCode", "51-3902" },
        { "adult-education", "add:Instructors", "#Form_Instructors_0__Qualifications", "Qualified, but no name" },
        { "workforce-preparation", "add:Activities", "#Form_Activities_0__Description", "An activity without an area" },
        { "workforce-training", "add:Courses", "#Form_Courses_0__CourseNumber", "10801195" },
        { "integration", null, "#Form_TeamTeachingOverlapHours", "-5" },
        { "learning-objectives", "add:Objectives", "#Form_Objectives_0__Assessment", "An assessment without an objective" },
        { "materials", "add:WorkforceTraining.Materials", "#Form_WorkforceTraining_Materials_0__HowUsed", "Used without a title" },
        { "equity", null, "#Form_PopulationsServed", new string('x', 2_100) },
        { "partners", "add:Partners", "#Form_Partners_0__Contribution", "A partner without a name" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Each_editor_page_with_validation_errors_is_accessible(string section, string? addRow, string field, string value)
    {
        var id = await CreateDraftAsync($"Error states of {section}");
        var page = await app.NewPageAsync();
        await page.SignInAsync(Staff.Email, Staff.Password);
        await page.VisitAsync($"/proposals/{id}/edit/{section}");
        if (addRow is not null)
        {
            await page.ActivateAsync($"button[value='{addRow}']");
        }

        await page.Locator(field).FillAsync(value);
        await page.ActivateAsync(".ietportal-form-actions button.usa-button:not([name])");

        Assert.True(await page.Locator("#error-summary").IsVisibleAsync(), $"{section} should show the error summary");
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_conflict_state_shows_both_values_and_is_accessible()
    {
        var id = await CreateDraftAsync("Conflict state");
        var mine = await app.NewPageAsync();
        var theirs = await app.NewPageAsync();
        await mine.SignInAsync(Staff.Email, Staff.Password);
        await theirs.SignInAsync(Staff.Email, Staff.Password);
        await mine.VisitAsync($"/proposals/{id}/edit/equity");
        await theirs.VisitAsync($"/proposals/{id}/edit/equity");

        await theirs.Locator("#Form_PopulationsServed").FillAsync("Refugees and asylees");
        await theirs.ActivateAsync(".ietportal-form-actions button.usa-button:not([name])");
        await mine.Locator("#Form_PopulationsServed").FillAsync("Justice-involved adults");
        await mine.ActivateAsync(".ietportal-form-actions button.usa-button:not([name])");

        var conflict = await mine.Locator("#conflict-summary").InnerTextAsync();
        Assert.Contains("Refugees and asylees", conflict, StringComparison.Ordinal);
        Assert.Contains("Justice-involved adults", conflict, StringComparison.Ordinal);
        Assert.Equal("Save my version", await mine.Locator(".ietportal-form-actions button.usa-button:not([name])").InnerTextAsync());
        await mine.Context.CloseAsync();
        await theirs.Context.CloseAsync();
    }

    [Fact]
    public async Task A_submitted_proposal_opens_read_only_and_the_read_view_is_accessible()
    {
        var id = await CreateDraftAsync("Read-only state", ProposalStatus.Submitted);
        var page = await app.NewPageAsync();
        await page.SignInAsync(Staff.Email, Staff.Password);

        await page.VisitAsync($"/proposals/{id}/edit/overview");

        Assert.EndsWith($"/proposals/{id}", page.Url, StringComparison.Ordinal);
        await page.ExpectStatusAsync("can be read but not edited");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Edit this proposal" }).CountAsync());
        await page.Context.CloseAsync();
    }
}
