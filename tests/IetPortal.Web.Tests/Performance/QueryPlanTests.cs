using System.Globalization;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Notifications;
using IetPortal.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IetPortal.Web.Tests.Performance;

/// <summary>
/// Every table that grows with the proposals is read through an index by every main page on PostgreSQL: each command a
/// page sends (captured with its parameter values) is explained with sequential scans, hash and merge joins disabled,
/// where a read stays unindexed only when no index can serve it (<see cref="QueryPlans.ScansAsync"/>). The plans with
/// the planner's normal settings are written to the test output (docs/benchmarks.md, "Query discipline", shows them for
/// 20,000 proposals).
/// </summary>
[Collection(PostgresGeneratedGroup.Name)]
public sealed class QueryPlanTests(PostgresQueryCountWorld world, ITestOutputHelper output)
{
    /// <summary>The tables whose rows grow with the number of proposals.</summary>
    public static readonly IReadOnlySet<string> GrowingTables = new HashSet<string>(StringComparer.Ordinal)
    {
        "Proposals", "ProposalVersions", "AuditEvents", "ReviewComments", "ReviewDecisions", "Reviews", "CriterionRatings",
        "ProposalComponents", "ComponentScheduleEntries", "ComponentInstructors", "ComponentMaterials", "ComponentResearchBases",
        "WorkforcePreparationActivity", "TrainingCourse", "LearningObjectives", "ProposalPartners", "ProposalCredential",
        "ProposalWorkforceArea", "ProposalAttachments", "OutboxMessages", "ReviewReminders",
    };

    /// <summary>
    /// Every measured page but the statewide dashboard, whose one GROUP BY and decided-version list read every proposal
    /// and decision by definition (its one-college variant is checked).
    /// </summary>
    public static TheoryData<string> IndexedPages { get; } = [.. MeasuredPages.All.Select(p => p.Name).Where(n => n != "dashboard")];

    /// <summary>
    /// The lists as they open, unfiltered: each reads its first page in the order of an index instead of sorting every
    /// matching row. (Filtered lists sort only the rows their filters' indexes find; "Assigned to me" sorts one reviewer's
    /// open proposals, read through its index.)
    /// </summary>
    public static TheoryData<string> OrderedLists { get; } = ["my-proposals", "review-queue-unassigned", "review-queue-all", "catalog", "api-list"];

    [PostgresTheory]
    [MemberData(nameof(IndexedPages))]
    public async Task A_page_reads_the_growing_tables_through_indexes(string page)
    {
        var (_, visit) = await MeasuredPages.Find(page).VisitsAsync(world);
        var commands = await world.Many.CommandsOfAsync(visit);
        var connection = world.Many.Database.ConnectionString;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page} ({visit.Url}): {commands.Count} commands on {world.ManyProposalCount:N0} proposals"));

        foreach (var (command, i) in commands.Select((c, i) => (c, i + 1)))
        {
            var normal = await QueryPlans.ExplainAsync(connection, command, PlannerSettings.Normal);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i}. {string.Join("; ", normal.Scans.Where(s => GrowingTables.Contains(s.Relation)))}"));
            var indexed = await QueryPlans.ExplainAsync(connection, command, PlannerSettings.IndexesOnly);
            var unindexed = indexed.Scans.Where(s => !s.IsIndexed && GrowingTables.Contains(s.Relation)).ToList();
            Assert.True(unindexed.Count == 0, $"{page}: command {i} reads without an index: {string.Join("; ", unindexed)}\n{command.Sql}");
        }
    }

    [PostgresTheory]
    [MemberData(nameof(OrderedLists))]
    public async Task A_list_reads_its_first_page_in_the_order_of_an_index(string page)
    {
        var (_, visit) = await MeasuredPages.Find(page).VisitsAsync(world);
        var commands = await world.Many.CommandsOfAsync(visit);

        var paged = commands.Where(c => c.Sql.Contains("LIMIT", StringComparison.Ordinal) && c.Sql.Contains("FROM \"Proposals\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(paged);
        foreach (var command in paged)
        {
            var plan = await QueryPlans.ExplainAsync(world.Many.Database.ConnectionString, command, PlannerSettings.IndexOrderOnly);
            Assert.True(!plan.SortedForLimit.Any(GrowingTables.Contains), $"{page} sorts every matching row to cut its page:\n{command.Sql}");
        }
    }

    [PostgresFact]
    public async Task The_all_tab_named_by_its_statuses_still_counts_every_proposal_but_drafts()
    {
        var notDrafts = await world.Many.WithDbAsync(db => db.Proposals.CountAsync(p => p.Status != ProposalStatus.Draft));
        var client = await world.Many.ClientAsync(QueryCountWorld.Reviewer);

        var caption = (await client.GetDocumentAsync("/review?tab=all")).QuerySelector("caption")!.TextContent;

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"of {notDrafts},"), caption, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task The_outbox_dispatcher_finds_pending_messages_through_an_index()
    {
        await using var scope = world.Many.Services.CreateAsyncScope();
        var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
        var commands = await world.Many.Log.CaptureAsync(() => dispatcher.DispatchDueAsync(CancellationToken.None));

        var read = Assert.Single(commands, c => c.Sql.Contains("FROM \"OutboxMessages\"", StringComparison.Ordinal));
        var plan = await QueryPlans.ExplainAsync(world.Many.Database.ConnectionString, read, PlannerSettings.IndexesOnly);
        Assert.All(plan.Scans, s => Assert.True(s.IsIndexed, $"the outbox is read without an index: {s}"));
    }
}
