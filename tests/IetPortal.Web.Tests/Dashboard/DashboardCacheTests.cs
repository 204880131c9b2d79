using IetPortal.Domain.Common;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Dashboard;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

using static IetPortal.Web.Tests.Dashboard.DashboardSeed;

namespace IetPortal.Web.Tests.Dashboard;

/// <summary>The app with the dashboard's figures cached for a minute, as it runs outside the tests.</summary>
public sealed class CachedDashboardFactory() : IetPortalFactory(DatabaseProvider.Sqlite)
{
    public MutableTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dashboard:CacheSeconds", "60");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class DashboardCacheTests(CachedDashboardFactory app) : IClassFixture<CachedDashboardFactory>
{
    [Fact]
    public async Task Figures_read_less_than_a_minute_ago_are_shown_again_with_the_current_college_choices_and_read_afresh_after_the_minute()
    {
        var college = await CollegeAsync(app);
        var other = await CollegeAsync(app);
        await ProposalsAsync(app, college, ProposalStatus.Approved, 2);
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateUserAsync(RoleNames.StateReviewer));

        var first = await ApprovedAsync(client, DashboardUrl(college));
        var addedSince = await CollegeAsync(app);
        await ProposalsAsync(app, college, ProposalStatus.Approved, 3);
        await ProposalsAsync(app, other, ProposalStatus.Approved, 1);
        app.Clock.Advance(TimeSpan.FromSeconds(59));
        var withinTheMinute = await ApprovedAsync(client, DashboardUrl(college));
        var anotherFilter = await ApprovedAsync(client, DashboardUrl(other));
        var collegeChoices = (await client.GetDocumentAsync(DashboardUrl(college))).QuerySelectorAll("select#college option").Select(o => o.TextContent.Trim()).ToList();
        app.Clock.Advance(TimeSpan.FromSeconds(2));
        var afterTheMinute = await ApprovedAsync(client, DashboardUrl(college));

        Assert.Equal("2", first);
        Assert.Contains(addedSince.Name, collegeChoices);
        Assert.Equal("2", withinTheMinute);
        Assert.Equal("1", anotherFilter);
        Assert.Equal("5", afterTheMinute);
    }

    [Fact]
    public async Task Reading_the_same_figures_at_once_from_many_requests_gives_each_the_same_answer()
    {
        var college = await CollegeAsync(app);
        await ProposalsAsync(app, college, ProposalStatus.Approved, 4);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var clients = new List<AppClient>();
        for (var i = 0; i < 6; i++)
        {
            var client = app.CreateAppClient();
            await client.SignInAsync(await app.CreateUserAsync(RoleNames.StateReviewer));
            clients.Add(client);
        }

        var answers = await Task.WhenAll(clients.Select(c => ApprovedAsync(c, DashboardUrl(college))));
        clients.ForEach(c => c.Dispose());

        Assert.All(answers, a => Assert.Equal("4", a));
    }

    private static async Task<string> ApprovedAsync(AppClient client, string url) =>
        Rows(await client.GetDocumentAsync(url), DashboardPage.StatusTable)["Approved"][0];
}
