using System.Text.RegularExpressions;
using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using IetPortal.Web.Tests.Compliance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IetPortal.BrowserTests;

/// <summary>
/// Every page a person can reach by following links, in every role: each one passes axe and reflows at 320 CSS
/// pixels without sideways scrolling (WCAG 1.4.10). Pages are found by crawling from the home page, so a new page
/// linked from anywhere is covered without being listed; one page per route shape is visited (ids replaced).
/// </summary>
[Collection(BrowserTestGroup.Pages)]
public sealed partial class EveryPageTests(BrowserApp app)
{
    private const int MaxPagesPerRole = 60;

    /// <summary>Links the crawl does not follow: downloads, and pages that end the session.</summary>
    private static readonly string[] NotPages = ["/account/logout", ".csv", "/attachments/", "/api/"];

    public static TheoryData<string, string?> Roles => new()
    {
        { "Anonymous", null },
        { RoleNames.CollegeStaff, "MATC" },
        { RoleNames.StateReviewer, null },
        { RoleNames.Administrator, null },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_reachable_by_links_is_accessible_and_reflows_at_320_pixels(string role, string? collegeCode)
    {
        await app.WithDbAsync(db => CnaInDatabase.AddAsync(db, null, "Every page: nursing assistant IET"));
        var page = await app.NewPageAsync(width: 320);
        if (role != "Anonymous")
        {
            var account = app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
                .First(a => a.Role == role && (collegeCode is null || a.CollegeCode == collegeCode));
            await page.SignInAsync(account.Email, account.Password);
        }

        var queue = new Queue<string>(["/"]);
        var seenShapes = new HashSet<string>();
        var problems = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPagesPerRole)
        {
            var url = queue.Dequeue();
            if (!seenShapes.Add(Shape(url)))
            {
                continue;
            }

            var response = await page.GotoAsync(url);
            visited++;
            if (response is null || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
            {
                continue;
            }

            try
            {
                await page.AssertAccessibleAsync();
            }
            catch (Xunit.Sdk.TrueException failure)
            {
                problems.Add(failure.Message);
            }

            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                problems.Add($"{url} scrolls sideways by {overflow}px at 320px");
            }

            foreach (var link in await LinksAsync(page))
            {
                queue.Enqueue(link);
            }
        }

        Assert.True(visited >= (role == "Anonymous" ? 3 : 6), $"The crawl as {role} reached only {visited} pages.");
        Assert.True(problems.Count == 0, $"As {role}:\n" + string.Join('\n', problems));
        await page.Context.CloseAsync();
    }

    /// <summary>Same-origin links of the page, without fragments, minus downloads and sign-out.</summary>
    private async Task<IEnumerable<string>> LinksAsync(IPage page)
    {
        var hrefs = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
        var origin = new Uri(app.BaseUrl);
        return hrefs
            .Select(h => new Uri(h))
            .Where(u => u.Scheme == origin.Scheme && u.Authority == origin.Authority)
            .Select(u => u.PathAndQuery)
            .Where(p => !NotPages.Any(n => p.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .Distinct();
    }

    /// <summary>A URL's route shape: numbers and GUIDs become placeholders, the query string keeps only its keys.</summary>
    private static string Shape(string pathAndQuery)
    {
        var parts = pathAndQuery.Split('?', 2);
        var path = Number().Replace(Guid().Replace(parts[0], "{guid}"), "{n}");
        var keys = parts.Length > 1 ? string.Join('&', parts[1].Split('&').Select(p => p.Split('=')[0]).Order()) : "";
        return path + "?" + keys;
    }

    [GeneratedRegex("(?<=/)\\d+(?=/|$)")]
    private static partial Regex Number();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
