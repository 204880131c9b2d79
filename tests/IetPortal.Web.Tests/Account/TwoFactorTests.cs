using System.Net;
using System.Text;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using IetPortal.Web.Tests.Admin;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Account;

/// <summary>Two-factor authentication with an authenticator app: setup, the second sign-in step, recovery codes, lockout, turning it off.</summary>
public sealed class TwoFactorTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private async Task<ApplicationUser> StoredAsync(TestUser user) =>
        await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    public void The_tests_authenticator_gives_the_RFC_6238_codes(long unixSeconds, string code)
    {
        // RFC 6238 appendix B, SHA-1 with the key "12345678901234567890", cut to 6 digits as authenticator apps do.
        Assert.Equal(Encoding.ASCII.GetBytes("12345678901234567890"), Totp.Base32Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        Assert.Equal(code, Totp.At("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Fact]
    public async Task A_reviewer_sets_up_an_authenticator_app_and_then_signs_in_with_its_code()
    {
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        using var client = app.CreateAppClient();
        await client.SignInAsync(reviewer);

        var security = await client.GetDocumentAsync("/account/two-factor");
        Assert.Contains("Off.", security.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        var setup = await client.GetDocumentAsync(TwoFactorKit.SetupPage);
        var shownKey = setup.QuerySelector("#shared-key")!.TextContent;
        var key = shownKey.Replace(" ", "", StringComparison.Ordinal);
        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", shownKey);
        Assert.Equal(
            $"otpauth://totp/IetPortal:{Uri.EscapeDataString(reviewer.Email)}?secret={key}&issuer=IetPortal&digits=6",
            setup.QuerySelector("#authenticator-uri")?.TextContent);

        // A wrong code does not turn it on; the right one does, and the recovery codes are shown once.
        using var wrong = await client.ConfirmSetupAsync(Totp.Wrong(key));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That code is not correct", await wrong.ErrorSummaryAsync(), StringComparison.Ordinal);
        Assert.False((await StoredAsync(reviewer)).TwoFactorEnabled);
        using var right = await client.ConfirmSetupAsync(Totp.Now(key));
        Assert.Equal("/account/two-factor/recovery-codes", right.Headers.Location?.OriginalString);
        var codes = (await client.GetDocumentAsync("/account/two-factor/recovery-codes")).QuerySelectorAll("main ul li code").Select(c => c.TextContent).ToList();
        using var again = await client.GetAsync("/account/two-factor/recovery-codes");
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal("/account/two-factor", again.Headers.Location?.OriginalString);
        Assert.True((await StoredAsync(reviewer)).TwoFactorEnabled);
        Assert.Contains("On.", (await client.GetDocumentAsync("/account/two-factor")).QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        await client.SignOutAsync();

        // The password alone no longer signs in: it leads to the code page.
        using var password = await client.LoginAsync(reviewer.Email, reviewer.Password);
        using var notYet = await client.GetAsync("/review");
        Assert.Equal("/account/login-2fa", password.Headers.Location?.OriginalString);
        Assert.StartsWith("https://localhost/account/login", notYet.Headers.Location?.ToString(), StringComparison.Ordinal);
        var pending = Assert.Single(password.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ietportal.2fa=", StringComparison.Ordinal));
        Assert.Contains("httponly", pending, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", pending, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", pending, StringComparison.OrdinalIgnoreCase);

        using var wrongCode = await client.EnterSignInCodeAsync(Totp.Wrong(key));
        Assert.Equal(HttpStatusCode.OK, wrongCode.StatusCode);
        Assert.Contains("That code is not correct", await wrongCode.ErrorSummaryAsync(), StringComparison.Ordinal);
        using var rightCode = await client.EnterSignInCodeAsync(Totp.Now(key));
        using var queue = await client.GetAsync("/review");
        Assert.Equal("/", rightCode.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.NotNull((await StoredAsync(reviewer)).LastSignInAtUtc);
    }

    [Fact]
    public async Task The_code_page_keeps_where_the_user_was_going()
    {
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        using var client = app.CreateAppClient();
        await client.SignInAsync(reviewer);
        var (key, _) = await client.TurnOnTwoFactorAsync();
        await client.SignOutAsync();

        using var password = await client.SubmitFormAsync("/account/login?returnUrl=%2Freview", "/account/login", new Dictionary<string, string>
        {
            ["Email"] = reviewer.Email,
            ["Password"] = reviewer.Password,
            ["ReturnUrl"] = "/review",
        });
        var returnUrl = (await client.GetDocumentAsync(password.Headers.Location!.OriginalString)).QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value");
        using var code = await client.SubmitFormAsync(password.Headers.Location!.OriginalString, "/account/login-2fa", new Dictionary<string, string>
        {
            ["Code"] = Totp.Now(key),
            ["ReturnUrl"] = returnUrl!,
        });

        Assert.Equal("/account/login-2fa?returnUrl=%2Freview", password.Headers.Location?.OriginalString);
        Assert.Equal("/review", code.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_new_codes_replace_the_old_ones()
    {
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        using var client = app.CreateAppClient();
        await client.SignInAsync(reviewer);
        var (_, codes) = await client.TurnOnTwoFactorAsync();
        await client.SignOutAsync();

        // Typed in lower case without the hyphen, as people do.
        using (var _ = await client.LoginAsync(reviewer.Email, reviewer.Password))
        {
        }

        using var first = await client.EnterSignInCodeAsync(codes[0].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        var landing = await client.GetDocumentAsync("/review");
        Assert.Equal("/", first.Headers.Location?.OriginalString);
        Assert.Contains("You have 9 left", landing.QuerySelector(".ietportal-status")?.TextContent, StringComparison.Ordinal);
        await client.SignOutAsync();

        using (var _ = await client.LoginAsync(reviewer.Email, reviewer.Password))
        {
        }

        using var reused = await client.EnterSignInCodeAsync(codes[0]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("That code is not correct", await reused.ErrorSummaryAsync(), StringComparison.Ordinal);

        // New codes: an old unused one stops working, a new one works.
        using var second = await client.EnterSignInCodeAsync(codes[1]);
        using var renewed = await client.SubmitFormAsync("/account/two-factor", "/account/two-factor/recovery-codes", new Dictionary<string, string>());
        var fresh = (await client.GetDocumentAsync("/account/two-factor/recovery-codes")).QuerySelectorAll("main ul li code").Select(c => c.TextContent).ToList();
        await client.SignOutAsync();
        using (var _ = await client.LoginAsync(reviewer.Email, reviewer.Password))
        {
        }

        using var old = await client.EnterSignInCodeAsync(codes[2]);
        using var replacement = await client.EnterSignInCodeAsync(fresh[0]);
        Assert.Equal("/", second.Headers.Location?.OriginalString);
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(codes));
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal("/", replacement.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Failed_codes_and_recovery_codes_count_towards_the_lockout()
    {
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        using var client = app.CreateAppClient();
        await client.SignInAsync(reviewer);
        var (key, _) = await client.TurnOnTwoFactorAsync();
        await client.SignOutAsync();
        using (var _ = await client.LoginAsync(reviewer.Email, reviewer.Password))
        {
        }

        var messages = new List<string>();
        foreach (var code in new[] { Totp.Wrong(key), Totp.Wrong(key), Totp.Wrong(key), "AAAAA-BBBBB", "CCCCC-DDDDD" })
        {
            using var attempt = await client.EnterSignInCodeAsync(code);
            messages.Add(await attempt.ErrorSummaryAsync());
        }

        using var right = await client.EnterSignInCodeAsync(Totp.Now(key));

        Assert.All(messages[..4], m => Assert.Contains("That code is not correct", m, StringComparison.Ordinal));
        Assert.Contains("Your account is locked for 15 minutes", messages[4], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Your account is locked for 15 minutes", await right.ErrorSummaryAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(reviewer.Id))!));
    }

    [Fact]
    public async Task The_code_page_without_a_password_first_sends_back_to_sign_in()
    {
        using var client = app.CreateAppClient();

        using var response = await client.GetAsync("/account/login-2fa");

        Assert.Equal("/account/login", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Turning_two_factor_off_asks_for_the_password_and_then_the_password_alone_signs_in()
    {
        var staff = await app.CreateStaffAsync("MATC");
        using var client = app.CreateAppClient();
        await client.SignInAsync(staff);
        await client.TurnOnTwoFactorAsync();

        using var wrong = await client.SubmitFormAsync("/account/two-factor", "/account/two-factor/disable", new Dictionary<string, string> { ["Disable.Password"] = "not-my-password" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Your password is not correct.", await wrong.ErrorSummaryAsync(), StringComparison.Ordinal);
        Assert.True((await StoredAsync(staff)).TwoFactorEnabled);

        using var off = await client.SubmitFormAsync("/account/two-factor", "/account/two-factor/disable", new Dictionary<string, string> { ["Disable.Password"] = staff.Password });
        var stored = await StoredAsync(staff);
        await client.SignOutAsync();
        using var signIn = await client.LoginAsync(staff.Email, staff.Password);

        Assert.Equal("/account/two-factor", off.Headers.Location?.OriginalString);
        Assert.False(stored.TwoFactorEnabled);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == staff.Id && e.Action == "Two-factor authentication turned off")));
    }

    [Fact]
    public async Task An_administrator_resets_the_two_factor_authentication_of_a_reviewer_who_lost_their_phone()
    {
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        using var client = app.CreateAppClient();
        await client.SignInAsync(reviewer);
        var (oldKey, _) = await client.TurnOnTwoFactorAsync();
        using var admin = await app.SignedInAdministratorAsync();

        var detail = await admin.GetDocumentAsync($"/admin/users/{reviewer.Id}");
        using var reset = await admin.SubmitFormAsync($"/admin/users/{reviewer.Id}", $"/admin/users/{reviewer.Id}/reset-two-factor", new Dictionary<string, string>());
        var after = await admin.GetDocumentAsync($"/admin/users/{reviewer.Id}");
        using var fresh = app.CreateAppClient();
        using var signIn = await fresh.LoginAsync(reviewer.Email, reviewer.Password);
        var newKey = await fresh.SharedKeyAsync();

        Assert.Contains("On:", detail.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/admin/users/{reviewer.Id}", reset.Headers.Location?.OriginalString);
        Assert.Contains("Off:", after.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"form[action='/admin/users/{reviewer.Id}/reset-two-factor']"));
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.NotEqual(oldKey, newKey);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == reviewer.Id && e.Action == "Two-factor authentication reset")));
    }
}
