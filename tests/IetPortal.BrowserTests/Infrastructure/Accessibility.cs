using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IetPortal.BrowserTests.Infrastructure;

/// <summary>axe-core on every page a test visits: any WCAG 2.1 A/AA violation fails the test.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertAccessibleAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(WcagAa);
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => string.Join(" ", n.Target?.ToString() ?? "") + " " + n.Html)))
            .ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {page.Url}:\n" + string.Join('\n', violations));
    }

    /// <summary>Navigates and checks the page that arrives.</summary>
    public static async Task<IResponse?> VisitAsync(this IPage page, string url)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(url);
        await page.AssertAccessibleAsync();
        return response;
    }

    /// <summary>Signs in through the login form, with the keyboard: type, tab, type, Enter.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.VisitAsync("/account/login");
        await page.Locator("#Email").FocusAsync();
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(password);
        await page.SubmitAndWaitAsync(() => page.Keyboard.PressAsync("Enter"));
    }

    /// <summary>Submits a form (by click or key) and waits for the page it leads to, even when that is the same URL.</summary>
    public static async Task SubmitAndWaitAsync(this IPage page, Func<Task> submit)
    {
        ArgumentNullException.ThrowIfNull(page);
#pragma warning disable CS0612 // The replacement (WaitForURLAsync) cannot see a post that re-renders the same URL.
        await page.RunAndWaitForNavigationAsync(submit);
#pragma warning restore CS0612
    }
}
