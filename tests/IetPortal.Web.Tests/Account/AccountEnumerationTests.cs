using System.Net;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Tests.Account;

/// <summary>The app with a password hasher that counts its verifications, to see the work a sign-in does.</summary>
public sealed class CountingHasherAppFactory() : IetPortalFactory(DatabaseProvider.Sqlite)
{
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped<IPasswordHasher<ApplicationUser>>(sp =>
            new CountingHasher(new PasswordHasher<ApplicationUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), this)));
    }

    private sealed class CountingHasher(IPasswordHasher<ApplicationUser> inner, CountingHasherAppFactory owner) : IPasswordHasher<ApplicationUser>
    {
        public string HashPassword(ApplicationUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref owner._verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>
/// Sign-in and password reset answer alike, in words and in the work done, whether or not the account exists, so
/// neither the page nor its response time tells which addresses have accounts. Checked structurally, not with a timer.
/// </summary>
public sealed class AccountEnumerationTests(CountingHasherAppFactory app) : IClassFixture<CountingHasherAppFactory>
{
    private static string UnknownEmail() => $"nobody-{Guid.NewGuid():N}@example.org";

    private async Task<(int Verifications, string? Message)> SignInAttemptAsync(string email, string password)
    {
        using var client = app.CreateAppClient();
        var before = app.Verifications;
        using var response = await client.LoginAsync(email, password);
        var after = app.Verifications;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (after - before, (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")?.TextContent);
    }

    [Fact]
    public async Task Every_failed_sign_in_checks_one_password_hash_whether_the_account_is_unknown_known_locked_or_without_a_password()
    {
        var known = await app.CreateStaffAsync("MATC");
        var locked = await app.CreateStaffAsync("MATC");
        var invitedEmail = $"invited-{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id))!, DateTimeOffset.MaxValue);
            Assert.True((await users.CreateAsync(new ApplicationUser { UserName = invitedEmail, Email = invitedEmail, DisplayName = "Invited" })).Succeeded);
        }

        var unknown = await SignInAttemptAsync(UnknownEmail(), "some-long-password");
        var wrongPassword = await SignInAttemptAsync(known.Email, "some-long-password");
        var lockedOut = await SignInAttemptAsync(locked.Email, locked.Password);
        var withoutPassword = await SignInAttemptAsync(invitedEmail, "some-long-password");

        Assert.Equal(1, unknown.Verifications);
        Assert.Equal(1, wrongPassword.Verifications);
        Assert.Equal(1, lockedOut.Verifications);
        Assert.Equal(1, withoutPassword.Verifications);
        Assert.Contains("Enter a correct email address and password", unknown.Message, StringComparison.Ordinal);
        Assert.All(new[] { wrongPassword.Message, lockedOut.Message, withoutPassword.Message }, m => Assert.Equal(unknown.Message, m));
    }

    [Fact]
    public async Task A_successful_sign_in_also_checks_exactly_one_password_hash()
    {
        var known = await app.CreateStaffAsync("MATC");
        using var client = app.CreateAppClient();
        var before = app.Verifications;

        using var response = await client.LoginAsync(known.Email, known.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, app.Verifications - before);
    }

    [Fact]
    public async Task A_reset_request_for_a_real_account_only_queues_the_email_and_answers_like_an_unknown_address()
    {
        var known = await app.CreateStaffAsync("MADISON");
        var unknownEmail = UnknownEmail();
        using var client = app.CreateAppClient();

        using var forKnown = await client.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = known.Email });
        using var forUnknown = await client.SubmitFormAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = unknownEmail });
        var sentBeforeDispatch = app.Emails.Sent.Count(m => m.ToAddress == known.Email);
        var queued = Assert.Single(await app.OutboxToAsync(known.Email));
        var page = await client.GetDocumentAsync("/account/forgot-password/sent");

        Assert.Equal("/account/forgot-password/sent", forKnown.Headers.Location?.OriginalString);
        Assert.Equal(forKnown.Headers.Location, forUnknown.Headers.Location);
        Assert.Equal(0, sentBeforeDispatch);
        Assert.Equal("PasswordReset", queued.Kind);
        Assert.Null(queued.SentAtUtc);
        Assert.Empty(await app.OutboxToAsync(unknownEmail));
        Assert.Contains("The link works for 2 hours and only once.", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);

        await app.DispatchEmailsAsync();
        var message = Assert.Single(app.Emails.Sent, m => m.ToAddress == known.Email);
        Assert.Equal("Reset your IetPortal password", message.Subject);
        Assert.Contains("within 2 hours", message.BodyText, StringComparison.Ordinal);
    }
}
