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
/// WCAG 2.2.1: before the sign-in times out the person is warned and can stay signed in with the keyboard; when it
/// ends anyway, what they typed and did not save comes back after signing in again. The page's timers run on
/// Playwright's clock, and the status probe is answered by the test so that "55 minutes later" needs no waiting.
/// </summary>
[Collection(BrowserTestGroup.Pages)]
public sealed partial class SessionTimeoutTests(BrowserApp app)
{
    private const string SaveButton = ".ietportal-form-actions button.usa-button:not([name])";

    private DemoAccount Staff =>
        app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
            .First(a => a.Role == RoleNames.CollegeStaff && a.CollegeCode == "MATC");

    private async Task<int> DraftAsync(string title)
    {
        var collegeId = await app.WithDbAsync(db => db.Colleges.Where(c => c.Code == "MATC").Select(c => c.Id).SingleAsync());
        return await app.WithDbAsync(async db =>
        {
            var draft = IetProposal.StartDraft(collegeId, title);
            db.Proposals.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });
    }

    /// <summary>Answers the dialog's "how long is left?" probe with <paramref name="secondsLeft"/>; "stay signed in" still reaches the app.</summary>
    private static async Task AnswerStatusAsync(IPage page, int secondsLeft) =>
        await page.RouteAsync("**/account/session", route => route.Request.Method == "GET"
            ? route.FulfillAsync(new RouteFulfillOptions { ContentType = "application/json", Body = $$"""{"expiresInSeconds":{{secondsLeft}}}""" })
            : route.ContinueAsync());

    [Fact]
    public async Task Five_minutes_before_the_end_a_warning_offers_to_stay_signed_in_and_the_keyboard_answers_it()
    {
        var id = await DraftAsync("Session warning IET");
        var page = await app.NewPageAsync();
        await page.SignInAsync(Staff.Email, Staff.Password);
        await page.Clock.InstallAsync();
        await AnswerStatusAsync(page, 240);
        await page.VisitAsync($"/proposals/{id}/edit/overview");
        var dialog = page.Locator("dialog#session-timeout");
        Assert.False(await dialog.IsVisibleAsync());

        await page.Clock.FastForwardAsync("55:30");

        await Assertions.Expect(dialog).ToBeVisibleAsync();
        Assert.Contains("4 minutes", await dialog.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Stay signed in", (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
        await page.AssertAccessibleAsync();

        var renewed = page.WaitForResponseAsync(r => r.Url.EndsWith("/account/session", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(200, (await renewed).Status);
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task When_the_session_has_ended_the_dialog_says_so_and_offers_to_sign_in_again()
    {
        var id = await DraftAsync("Session ended IET");
        var page = await app.NewPageAsync();
        await page.SignInAsync(Staff.Email, Staff.Password);
        await page.Clock.InstallAsync();
        await AnswerStatusAsync(page, 0);
        await page.VisitAsync($"/proposals/{id}/edit/overview");

        await page.Clock.FastForwardAsync("56:00");

        var dialog = page.Locator("dialog#session-timeout");
        await Assertions.Expect(dialog.Locator("h2")).ToHaveTextAsync("Your session has ended");
        await Assertions.Expect(dialog.Locator("a", new() { HasText = "Sign in again" })).ToBeFocusedAsync();
        Assert.False(await dialog.Locator("button", new() { HasText = "Stay signed in" }).IsVisibleAsync());
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Text_typed_before_the_session_ended_comes_back_after_signing_in_again()
    {
        var id = await DraftAsync("Session restore IET");
        var page = await app.NewPageAsync();
        await page.SignInAsync(Staff.Email, Staff.Password);
        await page.VisitAsync($"/proposals/{id}/edit/overview");
        const string Typed = "Sixteen weeks of nursing assistant training, typed just before lunch.";
        await page.EnterTextAsync("#Form_Summary", Typed);

        await page.Context.ClearCookiesAsync();
        await page.Locator(SaveButton).FocusAsync();
        await page.SubmitAndWaitAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.Matches(SignInPage(), page.Url);

        await page.Locator("#Email").FocusAsync();
        await page.Keyboard.TypeAsync(Staff.Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Staff.Password);
        await page.SubmitAndWaitAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.EndsWith($"/proposals/{id}/edit/overview", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".ietportal-restored")).ToContainTextAsync("We put back what you typed");
        Assert.Equal(Typed, await page.Locator("#Form_Summary").InputValueAsync());
        await page.AssertAccessibleAsync();

        await page.ActivateAsync(SaveButton);
        Assert.Equal(Typed, await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Summary).SingleAsync()));
        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator(".ietportal-restored").CountAsync());
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/account/login\\?ReturnUrl=%2Fproposals%2F\\d+%2Fedit%2Foverview")]
    private static partial Regex SignInPage();
}
