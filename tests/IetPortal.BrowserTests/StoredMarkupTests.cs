using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using IetPortal.Web.Tests.Compliance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.BrowserTests;

/// <summary>
/// Markup stored in a proposal's text is shown as text in a real browser: no dialog opens and no injected script
/// sets its marker, on the read view, the list, the check page and every editor page.
/// </summary>
[Collection(BrowserTestGroup.Pages)]
public sealed class StoredMarkupTests(BrowserApp app)
{
    private const string Payload = "\"><img src=x onerror=\"window.__injected=1;alert(1)\"><script>window.__injected=2;alert(2)</script><svg onload=\"window.__injected=3\">";

    private static readonly string[] Pages =
        ["", "/check", "/edit/overview", "/edit/pathway", "/edit/adult-education", "/edit/workforce-preparation", "/edit/workforce-training",
         "/edit/integration", "/edit/learning-objectives", "/edit/materials", "/edit/equity", "/edit/partners"];

    [Fact]
    public async Task Stored_markup_never_runs_in_the_browser_on_any_page_that_shows_it()
    {
        var id = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db, p =>
        {
            p.Summary = "Summary " + Payload;
            p.LearningObjectives[0].Statement = "Objective " + Payload;
            p.IntegrationDescription = "Integration " + Payload;
        }, "Markup IET " + Payload));
        var account = app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
            .First(a => a.Role == RoleNames.CollegeStaff && a.CollegeCode == "MATC");
        var page = await app.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add($"{page.Url}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        await page.SignInAsync(account.Email, account.Password);

        var injected = new List<string>();
        foreach (var url in Pages.Select(p => $"/proposals/{id}{p}").Append("/proposals?q=Markup"))
        {
            await page.GotoAsync(url);
            if (await page.EvaluateAsync<bool>("typeof window.__injected !== 'undefined'"))
            {
                injected.Add(url);
            }
        }

        await page.GotoAsync($"/proposals/{id}");
        Assert.Contains("<script>window.__injected=2", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(dialogs);
        Assert.True(injected.Count == 0, "Injected script ran on:\n" + string.Join('\n', injected));
        await page.Context.CloseAsync();
    }
}
