using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IetPortal.BrowserTests;

/// <summary>My proposals in a real browser: starting a draft, searching, filtering, paging and copying, checked by axe.</summary>
[Collection(BrowserTestGroup.Journeys)]
public sealed class ProposalListTests(BrowserApp app)
{
    private DemoAccount MatcStaff =>
        app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
            .First(a => a.Role == RoleNames.CollegeStaff && a.CollegeCode == "MATC");

    [Fact]
    public async Task Staff_start_a_proposal_then_search_filter_page_and_copy_on_accessible_pages()
    {
        var cohort = await SeedOlderProposalsAsync(21);
        var page = await app.NewPageAsync();
        await page.SignInAsync(MatcStaff.Email, MatcStaff.Password);
        await page.VisitAsync("/proposals");

        // New proposal: first sent empty, to see the error summary.
        await page.SubmitAndWaitAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "New proposal", Exact = true }).ClickAsync());
        Assert.Equal("Start a new proposal", await page.Locator("h1").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.SubmitAndWaitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Start proposal" }).ClickAsync());
        Assert.Contains("Enter a title for the proposal.", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.AssertAccessibleAsync();
        var title = $"Forklift operator IET {cohort}";
        await page.Locator("#Title").FillAsync(title);
        await page.SubmitAndWaitAsync(() => page.Locator("#Title").PressAsync("Enter"));
        Assert.EndsWith("/edit/overview", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        // The editor is another feature's page; the list is where the new draft must show.
        await page.VisitAsync("/proposals");
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).CountAsync());

        // Search and status filter: 21 matches make two pages.
        await page.Locator("#q").FillAsync($"older cohort {cohort}");
        await page.Locator("#status").SelectOptionAsync("Draft");
        await page.SubmitAndWaitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync());
        await page.AssertAccessibleAsync();
        Assert.Equal("Proposals 1\u201320 of 21 matching the search, most recently edited first", await page.Locator("caption").InnerTextAsync());
        var pagination = page.GetByRole(AriaRole.Navigation, new() { Name = "Pagination" });
        Assert.Equal("1", await pagination.Locator("[aria-current='page']").InnerTextAsync());
        await page.SubmitAndWaitAsync(() => pagination.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync());
        await page.AssertAccessibleAsync();
        Assert.Contains("status=Draft", page.Url, StringComparison.Ordinal);
        Assert.Equal($"older cohort {cohort}", await page.Locator("#q").InputValueAsync());
        Assert.Equal(1, await page.Locator("tbody tr").CountAsync());

        // Copy the one proposal on page 2 (the oldest), with the keyboard.
        var oldest = $"Older cohort {cohort} 01";
        await page.GetByRole(AriaRole.Button, new() { Name = $"Copy {oldest}", Exact = true }).FocusAsync();
        await page.SubmitAndWaitAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.EndsWith("/edit/overview", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.VisitAsync("/proposals?q=" + Uri.EscapeDataString($"Copy of {oldest}"));
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = $"Copy of {oldest}", Exact = true }).CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_search_without_matches_offers_to_clear_the_filters()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(MatcStaff.Email, MatcStaff.Password);

        await page.VisitAsync("/proposals?q=no+such+proposal+anywhere&status=Withdrawn&page=-3");

        Assert.Equal("No proposals match", await page.Locator("main h2").InnerTextAsync());
        Assert.Contains("The page number in the address was not valid", await page.Locator(".usa-alert--info").InnerTextAsync(), StringComparison.Ordinal);
        await page.SubmitAndWaitAsync(() => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Clear filters" }).First.ClickAsync());
        Assert.Equal("/proposals", new Uri(page.Url).PathAndQuery);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_list_and_its_pagination_reflow_at_320_css_pixels()
    {
        var cohort = await SeedOlderProposalsAsync(45);
        var page = await app.NewPageAsync(width: 320);
        await page.SignInAsync(MatcStaff.Email, MatcStaff.Password);

        foreach (var url in new[] { $"/proposals?q=older+cohort+{cohort}&page=2", "/proposals/new" })
        {
            await page.VisitAsync(url);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow}px at 320px");
        }

        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Drafts of MATC titled "Older cohort {marker} NN", dated years back so they sit behind every other test's
    /// proposals on the unfiltered list (the tests of this collection share one database).
    /// </summary>
    private async Task<string> SeedOlderProposalsAsync(int count)
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var collegeId = await app.WithDbAsync(db => db.Colleges.Where(c => c.Code == "MATC").Select(c => c.Id).SingleAsync());
        await app.WithDbAsync(async db =>
        {
            db.Proposals.AddRange(Enumerable.Range(1, count).Select(i => IetProposal.StartDraft(collegeId, $"Older cohort {marker} {i:D2}")));
            await db.SaveChangesAsync();
            var prefix = $"Older cohort {marker} ";
            var seeded = await db.Proposals.Where(p => p.Title.StartsWith(prefix)).Select(p => new { p.Id, p.Title }).ToListAsync();
            foreach (var proposal in seeded)
            {
                var number = int.Parse(proposal.Title[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
                var editedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(number);
                await db.Proposals.Where(p => p.Id == proposal.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAtUtc, editedAt));
            }

            return 0;
        });
        return marker;
    }
}
