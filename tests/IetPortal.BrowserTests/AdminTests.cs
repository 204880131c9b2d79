using System.Text.RegularExpressions;
using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IetPortal.BrowserTests;

/// <summary>
/// The administrator pages of issue 6 in a real browser, mostly with the keyboard: a pathway built from scratch and
/// picked by college staff, an invitation accepted by email, and axe on every page, error and conflict states included.
/// </summary>
[Collection(BrowserTestGroup.Pages)]
public sealed partial class AdminTests(BrowserApp app)
{
    private const string Save = ".ietportal-form-actions button.usa-button";

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

    [Fact]
    public async Task An_administrator_creates_a_pathway_with_steps_credentials_and_occupations_and_a_staff_user_can_pick_it_in_the_editor()
    {
        const string name = "Pharmacy Technician to Pharmacy Services Management";
        var admin = await SignedInAsync(RoleNames.Administrator);

        // Create, first without a name to see the error state.
        await admin.ActivateAsync("main a[href='/admin/pathways/new']");
        await admin.ChooseAsync("#Form_CareerClusterId", "Health Science");
        await admin.ActivateAsync(Save);
        Assert.Contains("Enter the name of the career pathway.", await admin.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await admin.EnterTextAsync("#Form_Name", name);
        await admin.EnterTextAsync("#Form_Description", "A pharmacy technician diploma, national certification, then pharmacy services management.");
        await admin.ActivateAsync(Save);
        Assert.Equal(name, await admin.Locator("h1").InnerTextAsync());
        var overview = new Uri(admin.Url).AbsolutePath;

        // Steps: two added, then the second moved above the first, without JavaScript round trips of their own.
        await admin.ActivateAsync("main a[href$='/steps']");
        await admin.ActivateAsync("button[value='add:Steps']");
        await admin.EnterTextAsync("#Form_Steps_0__Title", "Certified Pharmacy Technician");
        await admin.ActivateAsync("button[value='add:Steps']");
        await admin.EnterTextAsync("#Form_Steps_1__Title", "Pharmacy Technician diploma");
        await admin.EnterTextAsync("#Form_Steps_1__Description", "One-year WTCS technical diploma.");
        await admin.ActivateAsync("button[value='up:Steps:1']");
        Assert.Equal("Pharmacy Technician diploma", await admin.Locator("#Form_Steps_0__Title").InputValueAsync());
        await admin.ActivateAsync(Save);
        Assert.Equal(overview, new Uri(admin.Url).AbsolutePath);

        // Credentials: a malformed WTCS program number first.
        await admin.ActivateAsync("main a[href$='/credentials']");
        await admin.ActivateAsync("button[value='add:Credentials']");
        await admin.EnterTextAsync("#Form_Credentials_0__Name", "Pharmacy Technician technical diploma");
        await admin.EnterTextAsync("#Form_Credentials_0__Issuer", "WTCS technical college");
        await admin.ChooseAsync("#Form_Credentials_0__Type", "WTCS technical diploma");
        await admin.EnterTextAsync("#Form_Credentials_0__WtcsProgramNumber", "315361");
        await admin.ChooseAsync("#Form_Credentials_0__StepId", "Step 1");
        await admin.ActivateAsync(Save);
        Assert.Contains("Enter the WTCS program number as NN-NNN-N", await admin.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await admin.EnterTextAsync("#Form_Credentials_0__WtcsProgramNumber", "31-536-1");
        await admin.ActivateAsync(Save);
        Assert.Equal(overview, new Uri(admin.Url).AbsolutePath);

        // Occupations: a new SOC code with its title, marked in demand in WDA 1.
        await admin.ActivateAsync("main a[href$='/occupations']");
        await admin.EnterTextAsync("#Form_NewSocCode", "29-2052");
        await admin.EnterTextAsync("#Form_NewTitle", "Pharmacy Technicians");
        await admin.ActivateAsync("button[value='add:Occupations']");
        await admin.TickAsync("#Form_Occupations_0__InDemandAreaIds-0");
        await admin.ActivateAsync(Save);
        var summary = await admin.Locator("main").InnerTextAsync();
        Assert.Contains("Pharmacy Technician diploma", summary, StringComparison.Ordinal);
        Assert.Contains("31-536-1", summary, StringComparison.Ordinal);
        Assert.Contains("29-2052", summary, StringComparison.Ordinal);
        await admin.VisitAsync("/admin/pathways");
        await admin.VisitAsync(overview + "/delete");
        await admin.Context.CloseAsync();

        // A college staff member picks the new pathway in the editor and then sees its steps.
        var collegeId = await app.WithDbAsync(db => db.Colleges.Where(c => c.Code == "MATC").Select(c => c.Id).SingleAsync());
        var draftId = await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, "Pharmacy Technician IET");
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
        var staff = await SignedInAsync(RoleNames.CollegeStaff, "MATC");
        await staff.VisitAsync($"/proposals/{draftId}/edit/pathway");
        await staff.ChooseAsync("#Form_CareerPathwayId", "Pharmacy");
        await staff.ActivateAsync(".ietportal-form-actions button.usa-button:not([name])");
        Assert.Equal(name, await staff.Locator("#Form_CareerPathwayId").EvaluateAsync<string>("s => s.options[s.selectedIndex].text"));
        await staff.ChooseAsync("#Form_EntryStepId", "Step 1");
        Assert.Equal("Step 1: Pharmacy Technician diploma", await staff.Locator("#Form_EntryStepId").EvaluateAsync<string>("s => s.options[s.selectedIndex].text"));
        await staff.Context.CloseAsync();
    }

    [Fact]
    public async Task An_administrator_invites_a_user_who_then_signs_in()
    {
        var email = $"new.reviewer.{Guid.NewGuid():N}@wtcs.example.org";
        const string password = "Door-County-Cherry-Harvest";
        var admin = await SignedInAsync(RoleNames.Administrator);

        await admin.VisitAsync("/admin");
        await admin.ActivateAsync("main a[href='/admin/users']");
        await admin.ActivateAsync("main a[href='/admin/users/invite']");
        await admin.ActivateAsync("main button[type=submit]");
        Assert.Equal("error-summary", await admin.EvaluateAsync<string>("document.activeElement.id"));
        await admin.EnterTextAsync("#Form_DisplayName", "Lena Hoffmann");
        await admin.EnterTextAsync("#Form_Email", email);
        await admin.TickAsync("#Form_Role-1");
        await admin.ActivateAsync("main button[type=submit]");
        Assert.Equal("Lena Hoffmann", await admin.Locator("h1").InnerTextAsync());
        await admin.ExpectStatusAsync("Invitation sent");
        await admin.Context.CloseAsync();

        var link = new Uri(InvitationLink().Match(await InvitationTextAsync(email)).Value);
        var invitee = await app.NewPageAsync();
        await invitee.VisitAsync(link.PathAndQuery);
        await invitee.EnterTextAsync("#Password", password);
        await invitee.EnterTextAsync("#ConfirmPassword", password);
        await invitee.ActivateAsync("main button[type=submit]");
        Assert.EndsWith("/review", new Uri(invitee.Url).AbsolutePath, StringComparison.Ordinal);
        await invitee.Context.CloseAsync();

        var later = await app.NewPageAsync();
        await later.SignInAsync(email, password);
        Assert.EndsWith("/review", new Uri(later.Url).AbsolutePath, StringComparison.Ordinal);
        await later.VisitAsync(link.PathAndQuery);
        await later.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_administrator_page_is_accessible_in_its_normal_error_and_conflict_states()
    {
        var (pathwayId, collegeId, areaId, reviewerId) = await app.WithDbAsync(async db => (
            await db.CareerPathways.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            await db.Colleges.Where(c => c.Code == "GTC").Select(c => c.Id).SingleAsync(),
            await db.WorkforceDevelopmentAreas.Where(a => a.Number == 3).Select(a => a.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == Demo(RoleNames.StateReviewer, null).Email).Select(u => u.Id).SingleAsync()));
        var admin = await SignedInAsync(RoleNames.Administrator);

        foreach (var url in new[]
        {
            "/admin", "/admin/pathways", $"/admin/pathways/{pathwayId}", $"/admin/pathways/{pathwayId}/edit", $"/admin/pathways/{pathwayId}/steps",
            $"/admin/pathways/{pathwayId}/credentials", $"/admin/pathways/{pathwayId}/occupations", $"/admin/pathways/{pathwayId}/delete",
            "/admin/colleges", "/admin/workforce-areas", "/admin/users", "/admin/users?role=StateReviewer", $"/admin/users/{reviewerId}",
        })
        {
            await admin.VisitAsync(url);
        }

        // Error states.
        await admin.VisitAsync($"/admin/pathways/{pathwayId}/occupations");
        await admin.EnterTextAsync("#Form_NewSocCode", "291141");
        await admin.ActivateAsync("button[value='add:Occupations']");
        Assert.Contains("Enter the SOC code as NN-NNNN", await admin.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await admin.VisitAsync($"/admin/pathways/{pathwayId}/steps");
        await admin.EnterTextAsync("#Form_Steps_0__Title", "");
        await admin.ActivateAsync(Save);
        Assert.Contains("Enter the title of the step.", await admin.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await admin.VisitAsync($"/admin/workforce-areas/{areaId}/edit");
        await admin.EnterTextAsync("#Form_BoardName", "");
        await admin.ActivateAsync(Save);
        Assert.Contains("Enter the name of the local workforce board.", await admin.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await admin.VisitAsync($"/admin/users/{reviewerId}");
        await admin.ChooseAsync("#Access_CollegeId", "Gateway");
        await admin.ActivateAsync("form[action$='/access'] button[type=submit]");
        Assert.Contains("Only college staff belong to a college", await admin.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);

        // The conflict state: a colleague saves the college while this page is open.
        await admin.VisitAsync($"/admin/colleges/{collegeId}/edit");
        await app.WithDbAsync(async db =>
        {
            (await db.Colleges.SingleAsync(c => c.Id == collegeId)).City = "Kenosha (changed by a colleague)";
            return await db.SaveChangesAsync();
        });
        await admin.EnterTextAsync("#Form_City", "Kenosha");
        await admin.ActivateAsync(Save);
        Assert.Contains("changed by a colleague", await admin.Locator("#conflict-summary").InnerTextAsync(), StringComparison.Ordinal);
        await admin.Context.CloseAsync();

        var anonymous = await app.NewPageAsync();
        await anonymous.VisitAsync("/account/accept-invitation?email=nobody%40example.org&code=abc");
        await anonymous.EnterTextAsync("#Password", "Some-Long-Passphrase-2026");
        await anonymous.EnterTextAsync("#ConfirmPassword", "Some-Long-Passphrase-2026");
        await anonymous.ActivateAsync("main button[type=submit]");
        Assert.Contains("invalid, has expired or has already been used", await anonymous.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await anonymous.Context.CloseAsync();
    }

    /// <summary>The text of the invitation, once the outbox has delivered it to the pickup folder (decoded: the long link is wrapped in the file).</summary>
    private async Task<string> InvitationTextAsync(string email)
    {
        using var message = await app.WaitForEmailAsync(email, "You are invited to IetPortal");
        Assert.Contains("valid for 2 hours", message.TextBody, StringComparison.Ordinal);
        return message.TextBody ?? "";
    }

    [GeneratedRegex(@"http\S+/account/accept-invitation\S+")]
    private static partial Regex InvitationLink();
}
