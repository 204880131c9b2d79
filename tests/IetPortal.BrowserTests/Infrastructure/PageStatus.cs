using Microsoft.Playwright;

namespace IetPortal.BrowserTests.Infrastructure;

/// <summary>The status message a page shows after an action (Shared/_StatusMessage.cshtml).</summary>
public static class PageStatus
{
    /// <summary>
    /// Waits until the status message contains <paramref name="expected"/> (the page may still be arriving). When it
    /// does not, the failure says which page came instead and the messages of its error summary.
    /// </summary>
    public static async Task ExpectStatusAsync(this IPage page, string expected)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            await Assertions.Expect(page.Locator(".ietportal-status")).ToContainTextAsync(expected);
        }
        catch (PlaywrightException failure)
        {
            var heading = string.Join(" ", await page.Locator("h1").AllInnerTextsAsync());
            var errors = string.Join(" | ", await page.Locator("#error-summary").AllInnerTextsAsync());
            Assert.Fail($"Expected the status \"{expected}\" on {page.Url} (\"{heading}\"); the page's error summary: \"{errors}\".\n{failure.Message}");
        }
    }
}
