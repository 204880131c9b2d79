using Microsoft.Playwright;

namespace IetPortal.BrowserTests.Infrastructure;

/// <summary>The reviewer's forms on the review page, filled with the keyboard alone.</summary>
public static class ReviewByKeyboard
{
    /// <summary>
    /// Adds a comment anchored to <paramref name="section"/>: <paramref name="visibility"/> 0 is an internal note, 1 a
    /// comment for the college, which can be a required change.
    /// </summary>
    public static async Task AddCommentAsync(IPage page, string section, string body, int visibility, bool required)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ChooseAsync("#Comment_Section", section);
        await page.EnterTextAsync("#Comment_Body", body);
        await page.TickAsync($"#Comment_Visibility-{visibility}");
        if (required)
        {
            await page.TickAsync("#Comment_IsRequiredChange-0");
        }

        await page.ActivateAsync("form[action$='/comments'] button[type=submit]");
        await page.ExpectStatusAsync("added");
    }
}
