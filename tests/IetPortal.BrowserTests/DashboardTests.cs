using System.Text;
using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Compliance;
using IetPortal.Web.Features.Submission;
using IetPortal.Web.Tests.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IetPortal.BrowserTests;

/// <summary>
/// The statewide dashboard in a real browser with the demo reviewer and the keyboard: reached from the header, filtered
/// to a college, the approvals chart with its data table, a CSV download, and a college with nothing to show. axe checks
/// every state.
/// </summary>
[Collection(BrowserTestGroup.Pages)]
public sealed class DashboardTests(BrowserApp app)
{
    private const string College = "SWTC";

    [Fact]
    public async Task The_reviewer_opens_the_dashboard_from_the_header_filters_it_to_a_college_and_downloads_a_table_as_CSV()
    {
        var reviewer = Demo(RoleNames.StateReviewer);
        var collegeName = await SeedAsync(reviewer.Email);
        var page = await app.NewPageAsync();
        await page.SignInAsync(reviewer.Email, reviewer.Password);

        await page.ActivateAsync("nav[aria-label=Main] a[href='/dashboard']");
        Assert.Equal("Statewide dashboard", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("page", await page.Locator("nav[aria-label=Main] a[href='/dashboard']").GetAttributeAsync("aria-current"));

        await page.ChooseAsync("#college", collegeName);
        await page.ActivateAsync("form[action='/dashboard'] button[type=submit]");
        Assert.Contains("college=", page.Url, StringComparison.Ordinal);

        // The chart is one named, described image, with its data table straight after it.
        var chart = page.Locator("svg#approvals-chart");
        Assert.Equal("img", await chart.GetAttributeAsync("role"));
        Assert.Equal("Approvals per year", await page.Locator("#approvals-chart-title").TextContentAsync());
        Assert.Equal("table-approvals", await chart.EvaluateAsync<string>("svg => svg.nextElementSibling.querySelector('table').id"));
        Assert.Contains("2025", await page.Locator("table#table-approvals").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await chart.IsVisibleAsync());

        // The CSV link downloads a file (keyboard: focus and Enter) that Excel reads as UTF-8.
        var link = page.Locator("a[href^='/dashboard/export/approvals.csv']");
        await link.FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.StartsWith("ietportal-approvals-swtc-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("Year,Approvals,New programs,Amendments\r\n2025,", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);

        // At 320 CSS pixels the page reflows; only the tables scroll sideways, each in its own focusable region.
        await page.SetViewportSizeAsync(320, 900);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), "The dashboard scrolls sideways at 320 px.");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_college_with_no_proposals_shows_zeros_and_no_chart_and_passes_axe_on_a_phone_too()
    {
        var reviewer = Demo(RoleNames.StateReviewer);
        var empty = await app.WithDbAsync(db => db.Colleges
            .Where(c => c.Code != College && !db.Proposals.Any(p => p.CollegeId == c.Id))
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name })
            .FirstAsync());
        foreach (var width in new[] { 1280, 400 })
        {
            var page = await app.NewPageAsync(width);
            await page.SignInAsync(reviewer.Email, reviewer.Password);

            await page.VisitAsync($"/dashboard?college={empty.Id}");

            Assert.Equal(0, await page.Locator("svg#approvals-chart").CountAsync());
            Assert.Contains($"No proposal at {empty.Name} has been approved yet.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }
    }

    private DemoAccount Demo(string role) =>
        app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!.First(a => a.Role == role);

    /// <summary>
    /// Proposals of one college in several states, and the complete CNA proposal submitted through the workflow in
    /// November 2024, returned, resubmitted in January 2025 and approved ten days later; returns the college's name.
    /// </summary>
    private async Task<string> SeedAsync(string reviewerEmail)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var college = await db.Colleges.Where(c => c.Code == College).Select(c => new { c.Id, c.Name }).SingleAsync();
        if (await db.Proposals.AnyAsync(p => p.CollegeId == college.Id))
        {
            return college.Name;
        }

        var reviewerId = await db.Users.Where(u => u.Email == reviewerEmail).Select(u => u.Id).SingleAsync();
        foreach (var status in new[] { ProposalStatus.Draft, ProposalStatus.Submitted, ProposalStatus.Returned })
        {
            var other = IetProposal.StartDraft(college.Id, $"Dashboard {status} bridge");
            other.Status = status;
            db.Proposals.Add(other);
        }

        await db.SaveChangesAsync();
        var id = await CnaInDatabase.AddAsync(db, p => p.CollegeId = college.Id, "Dashboard approved CNA bridge");
        var proposal = await db.Proposals.WithWholeProposal().SingleAsync(p => p.Id == id);
        var author = WorkflowActor.CollegeStaff(reviewerId, college.Id);
        var compliance = scope.ServiceProvider.GetRequiredService<ComplianceService>();

        async Task<Domain.Workflow.Submission> SubmissionAsync()
        {
            var report = await compliance.EvaluateAsync(proposal, CancellationToken.None);
            var snapshot = await ProposalSnapshot.CaptureAsync(db, proposal, CancellationToken.None);
            return new Domain.Workflow.Submission(report, report.Findings.Where(f => f.IsWarning).ToDictionary(f => f.RuleId, _ => "Acknowledged."), snapshot.ToJson());
        }

        async Task DecideAsync(DecisionKind kind, DateTime decided, string? approvalNumber)
        {
            var version = await db.ProposalVersions.Where(v => v.IetProposalId == id).OrderByDescending(v => v.Number).FirstAsync();
            db.ReviewDecisions.Add(new ReviewDecision
            {
                IetProposalId = id,
                ProposalVersionId = version.Id,
                Kind = kind,
                DecidedAtUtc = decided,
                DecidedByUserId = reviewerId,
                ApprovalNumber = approvalNumber,
                EffectiveFrom = approvalNumber is null ? null : new DateOnly(2025, 2, 1),
                EffectiveTo = approvalNumber is null ? null : new DateOnly(2028, 1, 31),
            });
            await db.SaveChangesAsync();
        }

        Assert.True(ProposalWorkflow.Submit(proposal, author, await SubmissionAsync(), Utc(2024, 11, 4)).IsAllowed);
        proposal.Status = ProposalStatus.Returned;
        await db.SaveChangesAsync();
        await DecideAsync(DecisionKind.Returned, Utc(2024, 11, 20), null);
        Assert.True(ProposalWorkflow.Resubmit(proposal, author, await SubmissionAsync(), Utc(2025, 1, 6)).IsAllowed);
        proposal.Status = ProposalStatus.Approved;
        proposal.ApprovedAtUtc = Utc(2025, 1, 16);
        await db.SaveChangesAsync();
        await DecideAsync(DecisionKind.Approved, Utc(2025, 1, 16), "IET-DASHBOARD-2025-1");
        return college.Name;
    }

    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 15, 0, 0, DateTimeKind.Utc);
}
