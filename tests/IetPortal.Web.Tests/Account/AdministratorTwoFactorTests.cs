using System.Net;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace IetPortal.Web.Tests.Account;

/// <summary>The app as it runs in Production, where administrators must use two-factor authentication.</summary>
public sealed class ProductionAppFactory() : IetPortalFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class AdministratorTwoFactorTests(ProductionAppFactory app) : IClassFixture<ProductionAppFactory>
{
    [Fact]
    public async Task In_production_an_administrator_without_two_factor_is_sent_to_set_it_up_from_every_page_but_can_sign_out()
    {
        var admin = await app.CreateUserAsync(RoleNames.Administrator);
        using var client = app.CreateAppClient();
        await client.SignInAsync(admin);

        var redirected = new List<string?>();
        foreach (var url in new[] { "/admin", "/admin/users", $"/admin/users/{admin.Id}", "/account/two-factor", "/account/change-password" })
        {
            using var response = await client.GetAsync(url);
            redirected.Add(response.Headers.Location?.OriginalString);
        }

        var setup = await client.GetDocumentAsync(TwoFactorKit.SetupPage);
        await client.SignOutAsync(fromPage: TwoFactorKit.SetupPage);
        using var afterSignOut = await client.GetAsync("/admin");

        Assert.All(redirected, location => Assert.Equal(TwoFactorKit.SetupPage, location));
        Assert.Contains("Administrators must use two-factor authentication", setup.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("https://localhost/account/login", afterSignOut.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_an_administrator_with_two_factor_uses_the_pages_and_turning_it_off_leads_back_to_setup()
    {
        var admin = await app.CreateUserAsync(RoleNames.Administrator);
        using var client = app.CreateAppClient();
        await client.SignInAsync(admin);

        var (key, _) = await client.TurnOnTwoFactorAsync();
        using var users = await client.GetAsync("/admin/users");
        await client.SignOutAsync();
        using (var _ = await client.LoginAsync(admin.Email, admin.Password))
        {
        }

        using var code = await client.EnterSignInCodeAsync(Totp.Now(key));
        using var again = await client.GetAsync("/admin");
        using var off = await client.SubmitFormAsync("/account/two-factor", "/account/two-factor/disable", new Dictionary<string, string> { ["Disable.Password"] = admin.Password });
        using var afterOff = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Equal("/", code.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(TwoFactorKit.SetupPage, off.Headers.Location?.OriginalString);
        Assert.Equal(TwoFactorKit.SetupPage, afterOff.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task In_production_reviewers_and_staff_may_use_the_app_without_two_factor()
    {
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        var staff = await app.CreateStaffAsync("MATC");
        using var reviewerClient = app.CreateAppClient();
        using var staffClient = app.CreateAppClient();
        await reviewerClient.SignInAsync(reviewer);
        await staffClient.SignInAsync(staff);

        using var queue = await reviewerClient.GetAsync("/review");
        using var proposals = await staffClient.GetAsync("/proposals");
        var security = await reviewerClient.GetDocumentAsync("/account/two-factor");

        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Equal(HttpStatusCode.OK, proposals.StatusCode);
        Assert.Contains("We recommend it for reviewers and administrators.", security.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }
}
