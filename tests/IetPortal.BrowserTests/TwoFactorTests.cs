using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using IetPortal.Web.Tests.Account;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.BrowserTests;

/// <summary>
/// Two-factor authentication in a real browser, with the keyboard and axe on every page and error state: the Account
/// security page, setting up an authenticator app, the recovery codes and the second sign-in step. It uses an account
/// of its own, so the demo accounts other tests sign in with keep signing in with a password only.
/// </summary>
[Collection(BrowserTestGroup.Pages)]
public sealed class TwoFactorTests(BrowserApp app)
{
    private const string Submit = "main form button[type=submit]";

    [Fact]
    public async Task A_reviewer_sets_up_an_authenticator_app_and_signs_in_with_its_code()
    {
        var email = $"reviewer.two.factor.{Guid.NewGuid():N}@wtcs.example.org";
        const string password = "Apostle-Islands-Sea-Caves";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>()
                .CreateUserAsync(email, "Dana Kowalski", RoleNames.StateReviewer, collegeId: null, password);
        }

        var page = await app.NewPageAsync();
        await page.SignInAsync(email, password);

        // From the header to Account security, then to the setup page.
        await page.ActivateAsync("header a[href='/account/two-factor']");
        Assert.Equal("Account security", await page.Locator("h1").InnerTextAsync());
        await page.ActivateAsync("main a[href='/account/two-factor/setup']");
        var key = (await page.Locator("#shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        Assert.StartsWith("otpauth://totp/IetPortal:", await page.Locator("#authenticator-uri").InnerTextAsync(), StringComparison.Ordinal);

        // A mistyped code, then the right one.
        await page.EnterTextAsync("#Form_Code", "12345");
        await page.ActivateAsync(Submit);
        Assert.Contains("Enter the code as 6 digits", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.EnterTextAsync("#Form_Code", Totp.Now(key));
        await page.ActivateAsync(Submit);
        Assert.EndsWith("/account/two-factor/recovery-codes", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(10, await page.Locator("main ul li code").CountAsync());

        // Account security with two-factor on, and its error state.
        await page.ActivateAsync("main a[href='/account/two-factor']");
        Assert.Contains("On.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.EnterTextAsync("#Disable_Password", "not-my-password");
        await page.ActivateAsync("form[action='/account/two-factor/disable'] button[type=submit]");
        Assert.Contains("Your password is not correct.", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);

        // Signing in again asks for the code: a wrong one first.
        await page.ActivateAsync("header form[action='/account/logout'] button");
        await page.SignInAsync(email, password);
        Assert.EndsWith("/account/login-2fa", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.EnterTextAsync("#Code", Totp.Wrong(key));
        await page.ActivateAsync(Submit);
        Assert.Contains("That code is not correct", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.EnterTextAsync("#Code", Totp.Now(key));
        await page.ActivateAsync(Submit);
        Assert.EndsWith("/review", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
