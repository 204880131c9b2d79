using IetPortal.Domain.Common;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.ProposalList;

using static IetPortal.Web.Tests.Dashboard.DashboardSeed;

namespace IetPortal.Web.Tests.Dashboard;

/// <summary>The dashboard aggregates in the database: its number of commands does not grow with proposals or decisions.</summary>
public sealed class DashboardQueryCountTests(CommandCountingAppFactory app) : IClassFixture<CommandCountingAppFactory>
{
    [Fact]
    public async Task The_dashboard_and_an_export_take_the_same_few_commands_for_a_few_or_many_proposals_and_decisions()
    {
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        var few = await CollegeAsync(app);
        await ProposalsAsync(app, few, ProposalStatus.Draft, 1);
        await DecidedAsync(app, few, reviewer, ProposalStatus.Approved, null, new VersionRound(new(2025, 1, 2), new(2025, 1, 9), DecisionKind.Approved));
        var many = await CollegeAsync(app);
        foreach (var status in Enum.GetValues<ProposalStatus>())
        {
            await ProposalsAsync(app, many, status, 4, await PathwayAsync(app, $"{status} pathway {many.Code}"));
        }

        for (var i = 0; i < 12; i++)
        {
            var day = new DateOnly(2023 + (i % 3), 1 + i, 1);
            await DecidedAsync(app, many, reviewer, ProposalStatus.Returned, null, new VersionRound(day, day.AddDays(i)), new VersionRound(day.AddDays(20), day.AddDays(20 + i)));
        }

        using var client = app.CreateAppClient();
        await client.SignInAsync(reviewer);
        await client.GetDocumentAsync("/dashboard"); // warm-up: the first request may read the data-protection key ring

        var forFew = await CommandsAsync(client, DashboardUrl(few));
        var forMany = await CommandsAsync(client, DashboardUrl(many));
        var exportForMany = await CommandsAsync(client, $"/dashboard/export/review-time.csv?college={many.Id}");

        Assert.Equal(forFew, forMany);
        Assert.Equal(forMany, exportForMany);
        Assert.InRange(forMany, 1, 5); // colleges, the grouped counts, the decided versions, the pathways, the review-clock target
    }

    private async Task<int> CommandsAsync(AppClient client, string url)
    {
        app.Commands.Reset();
        using var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return app.Commands.Count;
    }
}
