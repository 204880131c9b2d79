using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Tests.Account;

public sealed partial class AccountTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData(RoleNames.CollegeStaff, "/proposals")]
    [InlineData(RoleNames.StateReviewer, "/review")]
    [InlineData(RoleNames.Administrator, "/admin")]
    public async Task Each_role_lands_on_its_home_page(string role, string home)
    {
        var user = await app.CreateUserAsync(role, role == RoleNames.CollegeStaff ? "MATC" : null);
        using var client = app.CreateAppClient();

        await client.SignInAsync(user);
        using var root = await client.GetAsync("/");
        using var homePage = await client.GetAsync(home);

        Assert.Equal(home, root.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, homePage.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_read_the_same()
    {
        var user = await app.CreateStaffAsync("MATC");
        using var client = app.CreateAppClient();

        using var wrongPassword = await client.LoginAsync(user.Email, "not-the-right-password");
        using var unknownEmail = await client.LoginAsync("nobody-" + Guid.NewGuid().ToString("N") + "@example.org", "not-the-right-password");
        var first = (await AppClient.ParseAsync(wrongPassword)).QuerySelector("#error-summary")?.TextContent;
        var second = (await AppClient.ParseAsync(unknownEmail)).QuerySelector("#error-summary")?.TextContent;

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.NotNull(first);
        Assert.Contains("Enter a correct email address and password", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account()
    {
        var user = await app.CreateStaffAsync("MATC");
        using var client = app.CreateAppClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var _ = await client.LoginAsync(user.Email, "wrong-password-" + attempt);
        }

        using var withRightPassword = await client.LoginAsync(user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(user.Id))!));
    }

    [Fact]
    public async Task Invalid_input_is_reported_in_the_error_summary_linked_to_the_field()
    {
        using var client = app.CreateAppClient();
        using var response = await client.SubmitFormAsync("/account/login", "/account/login", new Dictionary<string, string>
        {
            ["Email"] = "not an email",
            ["Password"] = "",
        });
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll("#error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Email", links);
        Assert.Contains("#Password", links);
        Assert.Equal("true", page.QuerySelector("#Email")?.GetAttribute("aria-invalid"));
        Assert.Equal("not an email", page.QuerySelector("#Email")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_password_reset_link_works_once()
    {
        var user = await app.CreateStaffAsync("MADISON");
        using var client = app.CreateAppClient();

        using var request = await client.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = user.Email });
        Assert.Equal("/account/forgot-password/sent", request.Headers.Location?.OriginalString);
        await app.DispatchEmailsAsync();
        var message = Assert.Single(app.Emails.Sent, m => m.ToAddress == user.Email);
        var link = new Uri(ResetLink().Match(message.BodyText).Value);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        var fields = new Dictionary<string, string>
        {
            ["Email"] = query["email"]!,
            ["Code"] = query["code"]!,
            ["Password"] = "A-brand-new-passphrase-2026",
            ["ConfirmPassword"] = "A-brand-new-passphrase-2026",
        };

        using var reset = await client.SubmitFormAsync(link.PathAndQuery, "/account/reset-password", fields);
        using var again = await client.SubmitFormAsync(link.PathAndQuery, "/account/reset-password", fields);
        using var signIn = await client.LoginAsync(user.Email, "A-brand-new-passphrase-2026");

        Assert.Equal("/account/login", reset.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("invalid or has expired", (await AppClient.ParseAsync(again)).QuerySelector("#error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Asking_to_reset_an_unknown_account_looks_the_same_and_sends_nothing()
    {
        using var client = app.CreateAppClient();

        using var response = await client.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = "unknown@example.org" });
        await app.DispatchEmailsAsync();

        Assert.Equal("/account/forgot-password/sent", response.Headers.Location?.OriginalString);
        Assert.Empty(await app.OutboxToAsync("unknown@example.org"));
        Assert.DoesNotContain(app.Emails.Sent, m => m.ToAddress == "unknown@example.org");
    }

    [Theory]
    [InlineData(115, true)]
    [InlineData(125, false)]
    public async Task A_password_reset_link_works_for_two_hours(int minutesOld, bool works)
    {
        var user = await app.CreateStaffAsync("MATC");
        var code = await ResetCodeIssuedAsync(user, TimeSpan.FromMinutes(minutesOld));
        using var client = app.CreateAppClient();
        var link = $"/account/reset-password?email={Uri.EscapeDataString(user.Email)}&code={code}";

        using var response = await client.SubmitFormAsync(link, "/account/reset-password", new Dictionary<string, string>
        {
            ["Email"] = user.Email,
            ["Code"] = code,
            ["Password"] = "A-brand-new-passphrase-2026",
            ["ConfirmPassword"] = "A-brand-new-passphrase-2026",
        });

        if (works)
        {
            Assert.Equal("/account/login", response.Headers.Location?.OriginalString);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(
                "This reset link is invalid or has expired: a link works for 2 hours, and only once. Request a new one.",
                (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")?.TextContent,
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_reset_link_lifespan_is_configurable()
    {
        using var configured = app.WithWebHostBuilder(b => b.UseSetting("Security:ResetLinkHours", "0.5"));

        var lifespan = configured.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan;
        var standard = app.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan;

        Assert.Equal(TimeSpan.FromMinutes(30), lifespan);
        Assert.Equal(TimeSpan.FromHours(2), standard);
    }

    /// <summary>
    /// A reset code as Identity's data-protection token provider makes it (issue time, user id, purpose, security
    /// stamp; protected with the app's keys), but issued <paramref name="ago"/> in the past: the provider reads the
    /// wall clock and takes no TimeProvider, so an old link is made rather than waited for. The link that still works
    /// shows the token is made exactly as Identity makes it.
    /// </summary>
    private async Task<string> ResetCodeIssuedAsync(TestUser user, TimeSpan ago)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value;
        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector(options.Name);
        var stored = (await users.FindByIdAsync(user.Id))!;
        using var data = new MemoryStream();
        using (var writer = new BinaryWriter(data, new UTF8Encoding(false, true), leaveOpen: true))
        {
            writer.Write((DateTimeOffset.UtcNow - ago).UtcTicks);
            writer.Write(stored.Id);
            writer.Write(UserManager<ApplicationUser>.ResetPasswordTokenPurpose);
            writer.Write(await users.GetSecurityStampAsync(stored) ?? "");
        }

        var token = Convert.ToBase64String(protector.Protect(data.ToArray()));
        return WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
    }

    [Theory]
    [InlineData("short-pass", "at least 12 characters")]
    [InlineData("password1234", "harder to guess")]
    public async Task Weak_new_passwords_are_refused_with_a_reason(string newPassword, string reason)
    {
        var user = await app.CreateStaffAsync("MATC");
        using var client = app.CreateAppClient();
        await client.SignInAsync(user);

        using var response = await client.SubmitFormAsync("/account/change-password", "/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = user.Password,
            ["NewPassword"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_changes_their_password_and_signs_in_with_the_new_one()
    {
        var user = await app.CreateStaffAsync("MATC");
        using var client = app.CreateAppClient();
        await client.SignInAsync(user);

        using var response = await client.SubmitFormAsync("/account/change-password", "/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = user.Password,
            ["NewPassword"] = "Lake-Michigan-Winter-Ferry",
            ["ConfirmPassword"] = "Lake-Michigan-Winter-Ferry",
        });
        using var fresh = app.CreateAppClient();
        using var signIn = await fresh.LoginAsync(user.Email, "Lake-Michigan-Winter-Ferry");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var user = await app.CreateStaffAsync("MATC");
        using var client = app.CreateAppClient();
        await client.SignInAsync(user);

        using var signOut = await client.SubmitFormAsync("/proposals", "/account/logout", new Dictionary<string, string>());
        using var after = await client.GetAsync("/proposals");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith("https://localhost/account/login", after.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auth_and_antiforgery_cookies_are_http_only_secure_and_same_site()
    {
        var user = await app.CreateStaffAsync("MATC");
        using var client = app.CreateAppClient();
        using var page = await client.GetAsync("/account/login");
        using var signIn = await client.LoginAsync(user.Email, user.Password);

        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        var auth = Assert.Single(cookies, c => c.StartsWith("ietportal.auth=", StringComparison.Ordinal));
        var antiforgery = Assert.Single(cookies, c => c.StartsWith("ietportal.antiforgery=", StringComparison.Ordinal));
        foreach (var cookie in new[] { auth, antiforgery })
        {
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    [GeneratedRegex(@"https://localhost/account/reset-password\S+")]
    private static partial Regex ResetLink();
}
