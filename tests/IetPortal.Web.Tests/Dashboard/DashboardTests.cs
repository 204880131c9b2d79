using System.Globalization;
using System.Net;
using System.Text;
using IetPortal.Domain.Common;
using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Features.Dashboard;
using IetPortal.Web.Shared.Csv;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.Review;

using static IetPortal.Web.Tests.Dashboard.DashboardSeed;

namespace IetPortal.Web.Tests.Dashboard;

/// <summary>
/// The statewide dashboard on SQLite and on PostgreSQL (its counts are a GROUP BY the two translate differently): counts
/// by status, college and pathway, days in review with the median and 90th percentile, approvals per year, and the CSV
/// exports. Each test makes its own college and reads the dashboard filtered to it, so tests sharing a database agree.
/// </summary>
public abstract class DashboardTests(IetPortalFactory app)
{
    // The status columns of the count tables, in the workflow's order, then the total.
    private const int Draft = 0, Submitted = 1, InReview = 2, Returned = 3, Approved = 4, Withdrawn = 5, Superseded = 6, Total = 7;

    private static readonly string[] StatusRows = ["Draft", "Submitted", "In review", "Returned", "Approved", "Withdrawn", "Superseded", "Total"];

    [Fact]
    public async Task Proposals_are_counted_by_status_by_college_and_by_pathway()
    {
        var college = await CollegeAsync(app);
        var bridge = await PathwayAsync(app, "Bridge " + college.Code);
        var retired = await PathwayAsync(app, "Old bridge " + college.Code, PathwayStatus.Retired);
        await ProposalsAsync(app, college, ProposalStatus.Draft, 2, bridge);
        await ProposalsAsync(app, college, ProposalStatus.Submitted, 1, bridge);
        await ProposalsAsync(app, college, ProposalStatus.InReview, 1, bridge);
        await ProposalsAsync(app, college, ProposalStatus.Approved, 1, bridge);
        await ProposalsAsync(app, college, ProposalStatus.Returned, 1, retired);
        await ProposalsAsync(app, college, ProposalStatus.Withdrawn, 1, retired);
        await ProposalsAsync(app, college, ProposalStatus.Superseded, 1, retired);
        await ProposalsAsync(app, college, ProposalStatus.Approved, 1, retired);
        await ProposalsAsync(app, college, ProposalStatus.Draft, 1);
        using var client = await SignedInAsync(RoleNames.Administrator);

        var page = await client.GetDocumentAsync(DashboardUrl(college));

        var byStatus = Rows(page, DashboardPage.StatusTable);
        Assert.Equal(
            ["3", "1", "1", "1", "2", "1", "1", "10"],
            StatusRows.Select(s => byStatus[s][0]));
        Assert.Equal(["3", "1", "1", "1", "2", "1", "1", "10"], Rows(page, DashboardPage.CollegeTable)[college.Name]);

        var byPathway = Rows(page, DashboardPage.PathwayTable);
        Assert.Equal(["2", "1", "1", "0", "1", "0", "0", "5"], byPathway["Bridge " + college.Code]);
        Assert.Equal(["0", "0", "0", "1", "1", "1", "1", "4"], byPathway[$"Old bridge {college.Code} (retired)"]);
        Assert.Equal(["1", "0", "0", "0", "0", "0", "0", "1"], byPathway["No career pathway chosen yet"]);
        Assert.Equal("10", byPathway["Total"][Total]);

        // An active pathway without a proposal is listed with zeros; a retired one without proposals is not.
        Assert.Equal("0", byPathway["Welding"][Total]);
        var unusedRetired = "Unused retired " + college.Code;
        await PathwayAsync(app, unusedRetired, PathwayStatus.Retired);
        Assert.DoesNotContain($"{unusedRetired} (retired)", Rows(await client.GetDocumentAsync(DashboardUrl(college)), DashboardPage.PathwayTable).Keys);
    }

    [Fact]
    public async Task The_statewide_view_lists_every_college_and_a_filtered_one_counts_only_its_proposals()
    {
        var counted = await CollegeAsync(app);
        var other = await CollegeAsync(app);
        await ProposalsAsync(app, counted, ProposalStatus.Approved, 2);
        await ProposalsAsync(app, other, ProposalStatus.Returned, 3);
        using var client = await SignedInAsync(RoleNames.StateReviewer);

        var statewide = Rows(await client.GetDocumentAsync("/dashboard"), DashboardPage.CollegeTable);
        var filtered = await client.GetDocumentAsync(DashboardUrl(counted));

        Assert.Equal("2", statewide[counted.Name][Approved]);
        Assert.Equal("3", statewide[other.Name][Returned]);
        Assert.Contains("Milwaukee Area Technical College", statewide.Keys);
        Assert.Equal([counted.Name, "Total"], Rows(filtered, DashboardPage.CollegeTable).Keys);
        Assert.Equal("2", Rows(filtered, DashboardPage.StatusTable)["Total"][0]);
        Assert.Equal(counted.Id.ToString(CultureInfo.InvariantCulture), filtered.QuerySelector("select#college option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Days_in_review_give_the_median_and_90th_percentile_of_each_decided_version_by_year_of_decision()
    {
        var college = await CollegeAsync(app);
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        var d = (int y, int m, int day) => new DateOnly(y, m, day);

        // 2024: 2, 4 and 10 days. 2025: 1, 3, 5, 7 and 31 days. 2026: 0 days (the amendment approved the day it came).
        var original = await DecidedAsync(app, college, reviewer, ProposalStatus.Superseded, null,
            new VersionRound(d(2024, 3, 1), d(2024, 3, 3)), new VersionRound(d(2024, 4, 1), d(2024, 4, 5), DecisionKind.Approved));
        await DecidedAsync(app, college, reviewer, ProposalStatus.Returned, null,
            new VersionRound(d(2024, 5, 1), d(2024, 5, 11)), new VersionRound(d(2025, 1, 10), d(2025, 1, 11)), new VersionRound(d(2025, 2, 1), d(2025, 2, 4)));
        await DecidedAsync(app, college, reviewer, ProposalStatus.Withdrawn, null,
            new VersionRound(d(2025, 3, 1), d(2025, 3, 6)), new VersionRound(d(2025, 4, 1), null)); // withdrawn before a decision: not counted
        await DecidedAsync(app, college, reviewer, ProposalStatus.InReview, null,
            new VersionRound(d(2025, 6, 1), d(2025, 6, 8)), new VersionRound(d(2025, 7, 1), null)); // still waiting: not counted
        await DecidedAsync(app, college, reviewer, ProposalStatus.Returned, null,
            new VersionRound(d(2025, 8, 1), d(2025, 9, 1)));
        await DecidedAsync(app, college, reviewer, ProposalStatus.Approved, original,
            new VersionRound(d(2026, 2, 2), d(2026, 2, 2), DecisionKind.Approved));
        using var client = await SignedInAsync(RoleNames.Administrator);

        var page = await client.GetDocumentAsync(DashboardUrl(college));

        // Columns: decided, returned, approved, median, 90th percentile, decided within the 30-day target.
        var reviewTime = Rows(page, DashboardPage.ReviewTimeTable);
        Assert.Equal(["2024", "2025", "2026", "All years"], reviewTime.Keys);
        Assert.Equal(["3", "2", "1", "4", "8.8", "3"], reviewTime["2024"]);
        Assert.Equal(["5", "5", "0", "5", "21.4", "4"], reviewTime["2025"]);
        Assert.Equal(["1", "0", "1", "0", "0", "1"], reviewTime["2026"]);
        Assert.Equal(["9", "7", "2", "4", "14.2", "8"], reviewTime["All years"]);
        Assert.Contains("Decided within 30 days", page.QuerySelector("table#table-review-time thead")!.TextContent, StringComparison.Ordinal);

        // Approvals per year, the year without one included; the amendment's approval counted apart.
        var approvals = Rows(page, DashboardPage.ApprovalTable);
        Assert.Equal(["2024", "2025", "2026", "Total"], approvals.Keys);
        Assert.Equal(["1", "1", "0"], approvals["2024"]);
        Assert.Equal(["0", "0", "0"], approvals["2025"]);
        Assert.Equal(["1", "0", "1"], approvals["2026"]);
        Assert.Equal(["2", "1", "1"], approvals["Total"]);
    }

    [Fact]
    public async Task A_proposal_returned_resubmitted_and_approved_through_the_workflow_counts_one_duration_per_decided_version()
    {
        var college = await CollegeAsync(app);
        var scenario = new ReviewScenario(app);
        var staff = await scenario.StaffAsync(college.Code);
        var reviewer = await scenario.ReviewerAsync();
        var id = await scenario.InReviewAsync("CNA bridge through the whole review", staff, reviewer, daysAgo: 6);
        await scenario.SubmittedAsync("CNA bridge still waiting", staff, daysAgo: 40);
        using var reviewerClient = await scenario.SignedInAsync(reviewer);
        using (await ReviewScenario.CommentAsync(reviewerClient, id, "Name the CNA skill of objective 3.", CommentVisibility.ForCollege, required: true))
        using (await ReviewScenario.ReturnAsync(reviewerClient, id))
        {
        }

        await scenario.ResubmitAsync(id, staff, "Objective 3 now practises bed-making to the CNA skills checklist.");
        await scenario.ClaimInDatabaseAsync(id, reviewer);
        await ReviewScenario.RateAllAsync(reviewerClient, id);
        using (var approved = await ReviewScenario.ApproveAsync(reviewerClient, id, "IET-DASH-" + college.Code))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var page = await reviewerClient.GetDocumentAsync(DashboardUrl(college));

        var year = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);
        var byStatus = Rows(page, DashboardPage.StatusTable);
        Assert.Equal("1", byStatus["Approved"][0]);
        Assert.Equal("1", byStatus["Submitted"][0]);

        // Version 1: submitted 6 days ago, returned today. Version 2: resubmitted and approved today. Median 3, p90 5.4.
        Assert.Equal(["2", "1", "1", "3", "5.4", "2"], Rows(page, DashboardPage.ReviewTimeTable)[year]);
        Assert.Equal(["1", "1", "0"], Rows(page, DashboardPage.ApprovalTable)[year]);
        Assert.NotNull(page.QuerySelector("svg#approvals-chart[role=img]"));
    }

    [Fact]
    public async Task The_approvals_chart_is_an_image_with_a_title_a_description_of_every_value_and_its_data_table_next_to_it()
    {
        var college = await CollegeAsync(app);
        var reviewer = await app.CreateUserAsync(RoleNames.StateReviewer);
        await DecidedAsync(app, college, reviewer, ProposalStatus.Approved, null, new VersionRound(new(2023, 5, 2), new(2023, 5, 9), DecisionKind.Approved));
        await DecidedAsync(app, college, reviewer, ProposalStatus.Approved, null, new VersionRound(new(2025, 5, 2), new(2025, 5, 9), DecisionKind.Approved));
        await DecidedAsync(app, college, reviewer, ProposalStatus.Approved, null, new VersionRound(new(2025, 6, 2), new(2025, 6, 3), DecisionKind.Approved));
        using var client = await SignedInAsync(RoleNames.StateReviewer);

        var page = await client.GetDocumentAsync(DashboardUrl(college));

        var chart = page.QuerySelector("svg#approvals-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("Approvals per year", page.GetElementById(chart.GetAttribute("aria-labelledby")!)!.TextContent);
        Assert.Equal(
            "Approved proposals per calendar year: 2023: 1 approval; 2024: 0 approvals; 2025: 2 approvals.",
            page.GetElementById(chart.GetAttribute("aria-describedby")!)!.TextContent);

        // Each bar carries its year and its value in text, not only a length and a colour.
        Assert.Equal(["2023", "1", "2024", "0", "2025", "2"], chart.QuerySelectorAll("text").Select(t => t.TextContent));
        Assert.Equal(3, chart.QuerySelectorAll("rect").Length);

        // The data table follows the chart, in a region named by its caption that scrolls sideways on a narrow screen.
        var region = chart.NextElementSibling!;
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("Approvals at " + college.Name + " per calendar year", page.GetElementById(region.GetAttribute("aria-labelledby")!)!.TextContent);
        Assert.Equal("table-approvals", region.QuerySelector("table")!.Id);
    }

    [Fact]
    public async Task A_college_without_proposals_shows_zeros_and_says_there_is_nothing_decided_or_approved_yet()
    {
        var college = await CollegeAsync(app);
        using var client = await SignedInAsync(RoleNames.StateReviewer);

        var page = await client.GetDocumentAsync(DashboardUrl(college));

        Assert.Equal("0", Rows(page, DashboardPage.StatusTable)["Total"][0]);
        Assert.Null(page.QuerySelector("svg#approvals-chart"));
        Assert.Null(page.QuerySelector("table#table-approvals"));
        Assert.Null(page.QuerySelector("table#table-review-time"));
        var text = page.Body!.TextContent;
        Assert.Contains($"No proposal at {college.Name} has been approved yet.", text, StringComparison.Ordinal);
        Assert.Contains($"No version at {college.Name} has been decided yet", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_college_in_the_address_shows_the_statewide_figures_with_a_note()
    {
        using var client = await SignedInAsync(RoleNames.Administrator);

        var page = await client.GetDocumentAsync("/dashboard?college=999999");

        Assert.Contains("The college in the address was not found", page.QuerySelector(".usa-alert--info")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Milwaukee Area Technical College", Rows(page, DashboardPage.CollegeTable).Keys);
    }

    [Fact]
    public async Task A_CSV_export_starts_with_the_byte_order_mark_is_an_attachment_and_holds_the_tables_rows()
    {
        var college = await CollegeAsync(app);
        await ProposalsAsync(app, college, ProposalStatus.Approved, 2);
        await ProposalsAsync(app, college, ProposalStatus.Draft, 1);
        using var client = await SignedInAsync(RoleNames.Administrator);
        var page = await client.GetDocumentAsync(DashboardUrl(college));

        foreach (var table in DashboardPage.TableKeys)
        {
            var url = page.QuerySelector($"a[href^='/dashboard/export/{table}.csv']")!.GetAttribute("href")!;
            Assert.Equal($"/dashboard/export/{table}.csv?college={college.Id}", url);
            using var response = await client.GetAsync(url);
            var bytes = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
            var disposition = response.Content.Headers.ContentDisposition!;
            Assert.Equal("attachment", disposition.DispositionType);
            var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal($"ietportal-{table}-{college.Code.ToLowerInvariant()}-{today}.csv", disposition.FileName?.Trim('"'));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
            if (table is DashboardPage.ApprovalTable or DashboardPage.ReviewTimeTable)
            {
                Assert.Single(Rfc4180.Parse(text)); // the header only: nothing was decided yet
            }
            else
            {
                // The page's cells, with the formula prefix on names that need it (other tests' pathways may be listed).
                var expected = Records(page, table).Select(r => r.Select(c => c.Length > 0 && CsvWriter.IsFormulaTrigger(c[0]) ? "'" + c : c));
                Assert.Equal(expected, Rfc4180.Parse(text));
            }
        }
    }

    [Fact]
    public async Task Names_with_commas_quotes_line_breaks_and_formula_characters_round_trip_through_the_CSV_with_the_formula_prefix()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var college = await CollegeAsync(app, $"=HYPERLINK(\"http://evil.example\",\"Click, here\")\nCollege {suffix}");
        string[] pathways = [$"+Welding, \"advanced\" {suffix}", $"-Minus\nsecond line {suffix}", $"@Mention {suffix}", $"Plain, with \"quotes\" {suffix}"];
        foreach (var name in pathways)
        {
            await ProposalsAsync(app, college, ProposalStatus.Submitted, 1, await PathwayAsync(app, name));
        }

        using var client = await SignedInAsync(RoleNames.StateReviewer);

        var colleges = await CsvAsync(client, $"/dashboard/export/colleges.csv?college={college.Id}");
        var byPathway = await CsvAsync(client, $"/dashboard/export/pathways.csv?college={college.Id}");

        Assert.Equal(["College", "Draft", "Submitted", "In review", "Returned", "Approved", "Withdrawn", "Superseded", "Total"], colleges[0]);
        Assert.Equal(["'" + college.Name, "0", "4", "0", "0", "0", "0", "0", "4"], colleges[1]);
        var names = byPathway.Skip(1).Select(r => r[0]).ToList();
        Assert.Contains("'" + pathways[0], names);
        Assert.Contains("'" + pathways[1], names);
        Assert.Contains("'" + pathways[2], names);
        Assert.Contains(pathways[3], names);
        Assert.Equal("1", byPathway.Single(r => r[0] == "'" + pathways[1])[1 + Submitted]);

        // The page shows the names as they are (escaped HTML, no prefix).
        var page = await client.GetDocumentAsync(DashboardUrl(college));
        Assert.Contains(college.Name, Rows(page, DashboardPage.CollegeTable).Keys);
    }

    [Fact]
    public async Task An_unknown_table_is_not_found()
    {
        using var client = await SignedInAsync(RoleNames.Administrator);

        using var response = await client.GetAsync("/dashboard/export/users.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard?college=1")]
    [InlineData("/dashboard/export/status.csv")]
    [InlineData("/dashboard/export/colleges.csv")]
    [InlineData("/dashboard/export/pathways.csv")]
    [InlineData("/dashboard/export/review-time.csv")]
    [InlineData("/dashboard/export/approvals.csv")]
    [InlineData("/dashboard/export/unknown.csv")]
    public async Task College_staff_get_403_on_the_dashboard_and_every_export(string url)
    {
        var staff = await app.CreateStaffAsync("MATC");
        using var client = app.CreateAppClient();
        await client.SignInAsync(staff);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reviewers_and_administrators_have_a_Dashboard_link_in_the_header_and_staff_do_not()
    {
        foreach (var (role, expected) in new[] { (RoleNames.StateReviewer, 1), (RoleNames.Administrator, 1), (RoleNames.CollegeStaff, 0) })
        {
            var user = await app.CreateUserAsync(role, role == RoleNames.CollegeStaff ? "MATC" : null);
            using var client = app.CreateAppClient();
            await client.SignInAsync(user);

            var page = await client.GetDocumentAsync("/account/change-password");

            Assert.Equal(expected, page.QuerySelectorAll("nav[aria-label=Main] a[href='/dashboard']").Length);
        }
    }

    private async Task<AppClient> SignedInAsync(string role)
    {
        var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateUserAsync(role));
        return client;
    }

    private static async Task<List<List<string>>> CsvAsync(AppClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return Rfc4180.Parse(new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3));
    }
}

public sealed class SqliteDashboardTests(SqliteAppFactory app) : DashboardTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresDashboardTests(PostgresAppFactory app) : DashboardTests(app), IClassFixture<PostgresAppFactory>;
