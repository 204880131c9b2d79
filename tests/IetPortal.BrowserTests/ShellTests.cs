using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IetPortal.BrowserTests;

/// <summary>What a person sees of the web shell: sign-in per role, account pages, error pages, keyboard and reflow.</summary>
[Collection(BrowserTestGroup.Pages)]
public sealed class ShellTests(BrowserApp app)
{
    private DemoAccount Demo(string role, string? collegeCode = null) =>
        app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
            .First(a => a.Role == role && (collegeCode is null || a.CollegeCode == collegeCode));

    [Theory]
    [InlineData(RoleNames.CollegeStaff, "MATC", "/proposals", "IET proposals of Milwaukee Area Technical College")]
    [InlineData(RoleNames.CollegeStaff, "MADISON", "/proposals", "IET proposals of Madison Area Technical College (Madison College)")]
    [InlineData(RoleNames.StateReviewer, null, "/review", "Review queue")]
    [InlineData(RoleNames.Administrator, null, "/admin", "Administration")]
    public async Task Each_demo_account_signs_in_with_the_keyboard_and_lands_on_its_home(string role, string? college, string home, string heading)
    {
        var account = Demo(role, college);
        var page = await app.NewPageAsync();

        await page.VisitAsync("/");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.SignInAsync(account.Email, account.Password);

        Assert.EndsWith(home, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(heading, await page.Locator("h1").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_failed_sign_in_shows_the_error_summary_and_moves_focus_to_it()
    {
        var page = await app.NewPageAsync();

        await page.SignInAsync("staff.matc@demo.ietportal.test", "not the password at all");

        var summary = page.Locator("#error-summary");
        Assert.Contains("Enter a correct email address and password", await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Validation_errors_link_to_their_fields()
    {
        var page = await app.NewPageAsync();
        await page.VisitAsync("/account/login");

        await page.SubmitAndWaitAsync(() => page.Locator("main button[type=submit]").ClickAsync());
        await page.Locator("#error-summary a[href='#Email']").ClickAsync();

        Assert.Equal("Email", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Forgot_password_sends_a_message_and_confirms_without_revealing_the_account()
    {
        var page = await app.NewPageAsync();
        await page.VisitAsync("/account/forgot-password");

        await page.Locator("#Email").FillAsync("reviewer@demo.ietportal.test");
        await page.Locator("#Email").PressAsync("Enter");
        await page.WaitForURLAsync("**/account/forgot-password/sent");

        Assert.Equal("Check your email", await page.Locator("h1").InnerTextAsync());
        await page.AssertAccessibleAsync();
        using (var message = await app.WaitForEmailAsync("reviewer@demo.ietportal.test", "Reset your IetPortal password"))
        {
            Assert.Contains("/account/reset-password?", message.TextBody, StringComparison.Ordinal);
        }

        await page.VisitAsync("/account/reset-password?email=x%40example.org&code=abc");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Change_password_with_errors_stays_accessible()
    {
        var account = Demo(RoleNames.StateReviewer);
        var page = await app.NewPageAsync();
        await page.SignInAsync(account.Email, account.Password);
        await page.VisitAsync("/account/change-password");

        await page.Locator("#NewPassword").FillAsync("short");
        await page.Locator("#ConfirmPassword").FillAsync("different");
        await page.SubmitAndWaitAsync(() => page.Locator("main button[type=submit]").ClickAsync());

        Assert.Equal(3, await page.Locator("#error-summary li").CountAsync());
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Forbidden_and_missing_pages_are_friendly_and_accessible()
    {
        var account = Demo(RoleNames.CollegeStaff, "MATC");
        var page = await app.NewPageAsync();
        await page.SignInAsync(account.Email, account.Password);

        var forbidden = await page.VisitAsync("/admin");
        Assert.Equal(403, forbidden?.Status);
        Assert.Equal("You do not have access to this page", await page.Locator("h1").InnerTextAsync());
        var missing = await page.VisitAsync("/proposals/999999");
        Assert.Equal(404, missing?.Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_proposal_read_view_is_accessible_to_its_college()
    {
        var collegeId = await app.WithDbAsync(db => db.Colleges.Where(c => c.Code == "MATC").Select(c => c.Id).SingleAsync());
        var id = await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, "Nursing Assistant IET with integrated ELL");
            proposal.Summary = "Sixteen-week CNA training with contextualized English language instruction.";
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
        var account = Demo(RoleNames.CollegeStaff, "MATC");
        var page = await app.NewPageAsync();
        await page.SignInAsync(account.Email, account.Password);

        await page.VisitAsync("/proposals");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nursing Assistant IET with integrated ELL" }).ClickAsync();

        Assert.EndsWith($"/proposals/{id}", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_jumps_to_the_main_content()
    {
        var page = await app.NewPageAsync();
        await page.VisitAsync("/account/login");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main-content", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(RoleNames.Administrator, "/admin")]
    [InlineData(RoleNames.StateReviewer, "/review")]
    public async Task Pages_reflow_at_320_css_pixels_without_horizontal_scrolling(string role, string url)
    {
        var account = Demo(role);
        var page = await app.NewPageAsync(width: 320);
        await page.SignInAsync(account.Email, account.Password);

        foreach (var path in new[] { url, "/account/change-password" })
        {
            await page.VisitAsync(path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at 320px");
        }

        await page.Context.CloseAsync();
    }
}
