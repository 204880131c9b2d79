using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
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
/// The reviewer's side in a real browser, with the demo reviewer and the keyboard: the queue with its tabs and a late
/// proposal, claiming, the review page with the checklist and comments, a return with a required change, an approval
/// through its confirmation page, the decision letter (screen and print) and the conflict-of-interest page. axe checks
/// every page on the way, error states included.
/// </summary>
[Collection(BrowserTestGroup.Journeys)]
public sealed class ReviewTests(BrowserApp app)
{
    private DemoAccount Demo(string role) =>
        app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
            .First(a => a.Role == role && (role != RoleNames.CollegeStaff || a.CollegeCode == "MATC"));

    [Fact]
    public async Task The_queue_shows_its_tabs_and_a_late_proposal_in_words_and_the_reviewer_claims_it_with_the_keyboard()
    {
        var id = await SubmittedAsync("Late CNA in the queue", daysAgo: 35);
        var page = await ReviewerPageAsync();
        var matc = await app.WithDbAsync(db => db.Colleges.Where(c => c.Code == "MATC").Select(c => c.Id).SingleAsync());

        await page.VisitAsync($"/review?college={matc}");
        var row = page.Locator("tbody tr", new() { HasText = "Late CNA in the queue" });
        Assert.Equal("Late: 35 days (target 30)", (await row.Locator("td[data-label='Review clock']").InnerTextAsync()).Trim());
        Assert.Equal("Unassigned", await page.Locator("nav[aria-label='Queue views'] a[aria-current=page]").InnerTextAsync());

        await page.ActivateAsync("nav[aria-label='Queue views'] a:text('All proposals')");
        Assert.Equal("All proposals", await page.Locator("nav[aria-label='Queue views'] a[aria-current=page]").InnerTextAsync());
        await page.ActivateAsync("nav[aria-label='Queue views'] a:text('Unassigned')");

        await page.ActivateAsync($"form[action='/review/{id}/claim'] button");

        Assert.EndsWith($"/review/{id}", page.Url, StringComparison.Ordinal);
        await page.ExpectStatusAsync("You claimed");
        Assert.Equal(ProposalStatus.InReview, await StatusAsync(id));
        await page.VisitAsync("/review?tab=mine");
        Assert.Equal(1, await page.Locator("tbody tr", new() { HasText = "Late CNA in the queue" }).CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_reviewer_rates_the_checklist_comments_and_returns_the_proposal_with_a_required_change()
    {
        var id = await SubmittedAsync("CNA returned from the review page", claim: true);
        var page = await ReviewerPageAsync();
        await page.VisitAsync($"/review/{id}");
        Assert.Equal("Review: CNA returned from the review page", await page.Locator("h1").InnerTextAsync());

        // The checklist: Meets for the components, Needs revision (with its reason) for the learning objectives.
        for (var i = 0; i < 9; i++)
        {
            await page.TickAsync($"#Ratings_Rows_{i}__Rating-{(i == 7 ? 1 : 0)}");
        }

        await page.ActivateAsync("#Ratings button[type=submit]");
        Assert.Contains("Say what needs revision", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.EnterTextAsync("#Ratings_Rows_7__Comment", "Objective 3 does not name the CNA skill it practises.");
        await page.ActivateAsync("#Ratings button[type=submit]");
        await page.ExpectStatusAsync("Checklist saved: 9 of 9 criteria rated");

        // An empty comment shows its errors; then an internal note and a required change for the college.
        await page.ActivateAsync("form[action$='/comments'] button[type=submit]");
        Assert.Contains("Write the comment.", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await ReviewByKeyboard.AddCommentAsync(page, "Integration", "The co-planning hour looks generous; check at the site visit.", visibility: 0, required: false);
        await ReviewByKeyboard.AddCommentAsync(page, "Learning objectives", "Add the CNA skill that objective 3 practises.", visibility: 1, required: true);
        Assert.Contains("Internal note (reviewers only)", await page.Locator("#comments").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Required change for the college", await page.Locator("#comments").InnerTextAsync(), StringComparison.Ordinal);

        // Return: first without a summary (error state), then with one.
        await page.ActivateAsync("#Return button[type=submit]");
        Assert.Contains("Write a short summary", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.EnterTextAsync("#Return_Summary", "Connect each learning objective to a CNA skill, then resubmit.");
        await page.ActivateAsync("#Return button[type=submit]");

        await page.ExpectStatusAsync("returned to the college with 1 required change");
        Assert.Equal(ProposalStatus.Returned, await StatusAsync(id));
        Assert.Contains("Returned to the college", await page.Locator("#decision-heading").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_reviewer_approves_after_the_confirmation_page_and_the_decision_letter_reads_and_prints_well()
    {
        var id = await SubmittedAsync("CNA approved from the review page", claim: true);
        var page = await ReviewerPageAsync();
        await page.VisitAsync($"/review/{id}");
        for (var i = 0; i < 9; i++)
        {
            await page.TickAsync($"#Ratings_Rows_{i}__Rating-0");
        }

        await page.ActivateAsync("#Ratings button[type=submit]");
        await page.ActivateAsync($"a[href='/review/{id}/approve']");
        Assert.Equal("Approve CNA approved from the review page", await page.Locator("h1").InnerTextAsync());

        // Missing details first (error state), then the approval.
        await page.ActivateAsync("main form button[type=submit]");
        Assert.Contains("Enter the approval number", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.EnterTextAsync("#Approve_ApprovalNumber", "IET-2027-0901");
        await page.TypeDateAsync("#Approve_EffectiveFrom", new DateOnly(2027, 7, 1));
        await page.TypeDateAsync("#Approve_EffectiveTo", new DateOnly(2030, 6, 30));
        await page.ActivateAsync("main form button[type=submit]");

        Assert.EndsWith($"/review/{id}", page.Url, StringComparison.Ordinal);
        await page.ExpectStatusAsync("Approved as IET-2027-0901");
        Assert.Equal(ProposalStatus.Approved, await StatusAsync(id));

        await page.ActivateAsync($"a[href='/proposals/{id}/decision-letter']");
        Assert.Equal("Approval of an Integrated Education and Training program", await page.Locator("h1").InnerTextAsync());
        var letter = await page.Locator("main").InnerTextAsync();
        Assert.Contains("IET-2027-0901", letter, StringComparison.Ordinal);
        Assert.Contains("July 1, 2027 through June 30, 2030", letter, StringComparison.Ordinal);
        Assert.Contains("Renee Olson (WTCS reviewer)", letter, StringComparison.Ordinal);
        Assert.Contains("34 CFR 463.35", letter, StringComparison.Ordinal);
        Assert.True(await page.Locator(".ietportal-letter-nav").IsVisibleAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".ietportal-letter-nav").IsVisibleAsync());
        Assert.True(await page.Locator(".ietportal-letter__signature").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_reviewer_declares_and_withdraws_a_conflict_of_interest()
    {
        var page = await ReviewerPageAsync();
        await page.VisitAsync("/review/conflicts");

        await page.ActivateAsync("main form button[type=submit]");
        Assert.Contains("Choose the college.", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.ChooseAsync("#Form_CollegeId", "Gateway");
        await page.EnterTextAsync("#Form_Reason", "I taught there until 2025.");
        await page.ActivateAsync("main form[action='/review/conflicts'] button[type=submit]");
        Assert.Contains("Gateway Technical College", await page.Locator("tbody").InnerTextAsync(), StringComparison.Ordinal);

        await page.ActivateAsync("tbody form button[type=submit]");
        await page.ExpectStatusAsync("withdrawn");
        Assert.Equal(0, await page.Locator("tbody").CountAsync());
        await page.Context.CloseAsync();
    }

    private async Task<IPage> ReviewerPageAsync()
    {
        var reviewer = Demo(RoleNames.StateReviewer);
        var page = await app.NewPageAsync();
        await page.SignInAsync(reviewer.Email, reviewer.Password);
        return page;
    }

    private Task<ProposalStatus> StatusAsync(int id) => app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());

    /// <summary>
    /// The complete CNA proposal of the MATC demo staff member, submitted through the workflow with its real compliance
    /// report and snapshot <paramref name="daysAgo"/> days ago, and (when asked) claimed by the demo reviewer.
    /// </summary>
    private async Task<int> SubmittedAsync(string title, int daysAgo = 0, bool claim = false)
    {
        var id = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db, title: title));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var staffId = await db.Users.Where(u => u.Email == Demo(RoleNames.CollegeStaff).Email).Select(u => u.Id).SingleAsync();
        var reviewerId = await db.Users.Where(u => u.Email == Demo(RoleNames.StateReviewer).Email).Select(u => u.Id).SingleAsync();
        var proposal = await db.Proposals.WithWholeProposal().SingleAsync(p => p.Id == id);
        var report = await scope.ServiceProvider.GetRequiredService<ComplianceService>().EvaluateAsync(proposal, CancellationToken.None);
        var snapshot = await ProposalSnapshot.CaptureAsync(db, proposal, CancellationToken.None);
        var acknowledgements = report.Findings.Where(f => f.IsWarning).ToDictionary(f => f.RuleId, _ => "Acknowledged by the college.");
        var submission = new Domain.Workflow.Submission(report, acknowledgements, snapshot.ToJson());
        var submitted = ProposalWorkflow.Submit(proposal, WorkflowActor.CollegeStaff(staffId, proposal.CollegeId), submission, DateTime.UtcNow.AddDays(-daysAgo));
        Assert.True(submitted.IsAllowed, submitted.Reason);
        if (claim)
        {
            Assert.True(ProposalWorkflow.Claim(proposal, WorkflowActor.StateReviewer(reviewerId)).IsAllowed);
        }

        await db.SaveChangesAsync();
        return id;
    }
}
