using Microsoft.Playwright;

namespace IetPortal.BrowserTests.Infrastructure;

/// <summary>Keyboard-only interaction: focus moves to a control and keys do the rest; nothing is clicked.</summary>
public static class KeyboardOnly
{
    /// <summary>Focuses a field and types into it (clearing it first with select-all and delete).</summary>
    public static async Task EnterTextAsync(this IPage page, string selector, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator(selector).FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Chooses an option of a focused select by typing its first letters, as keyboard users do.</summary>
    public static async Task ChooseAsync(this IPage page, string selector, string optionText)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator(selector).FocusAsync();
        await page.Keyboard.TypeAsync(optionText);
        var chosen = await page.Locator(selector).EvaluateAsync<string>("s => s.options[s.selectedIndex].text");
        Assert.StartsWith(optionText, chosen, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Ticks a checkbox or radio with the space bar.</summary>
    public static async Task TickAsync(this IPage page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator(selector).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.Locator(selector).IsCheckedAsync(), $"{selector} should be ticked");
    }

    /// <summary>Types a date into a date input the way a keyboard user does (month, day, year).</summary>
    public static async Task TypeDateAsync(this IPage page, string selector, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator(selector).FocusAsync();
        await page.Keyboard.TypeAsync(date.ToString("MMddyyyy", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), await page.Locator(selector).InputValueAsync());
    }

    /// <summary>Types a time into a time input (hours, minutes, AM/PM).</summary>
    public static async Task TypeTimeAsync(this IPage page, string selector, TimeOnly time)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator(selector).FocusAsync();
        await page.Keyboard.TypeAsync(time.ToString("hhmmtt", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), await page.Locator(selector).InputValueAsync());
    }

    /// <summary>Presses Enter on a button or link and waits for the page it leads to; then checks that page with axe.</summary>
    public static async Task ActivateAsync(this IPage page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator(selector).FocusAsync();
        await page.SubmitAndWaitAsync(() => page.Keyboard.PressAsync("Enter"));
        await page.AssertAccessibleAsync();
    }
}
