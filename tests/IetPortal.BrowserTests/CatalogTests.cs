using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
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
/// The public catalog in a real browser, signed out and with the keyboard only: from the header to a search, its
/// results and a program's page; an empty search and its way out; axe on every page on the way.
/// </summary>
[Collection(BrowserTestGroup.Journeys)]
public sealed class CatalogTests(BrowserApp app)
{
    private DemoAccount Demo(string role) =>
        app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
            .First(a => a.Role == role && (role != RoleNames.CollegeStaff || a.CollegeCode == "MATC"));

    [Fact]
    public async Task An_anonymous_visitor_searches_the_catalog_with_the_keyboard_and_opens_a_program()
    {
        var id = await ApprovedAsync("Nursing Assistant for Catalog Visitors", "IET-2027-0971");
        var page = await app.NewPageAsync();

        // Signed out, the home page asks to sign in; the header still leads to the catalog.
        await page.VisitAsync("/");
        await page.ActivateAsync("nav[aria-label=Main] a[href='/catalog']");
        Assert.Equal("IET program catalog", await page.Locator("h1").InnerTextAsync());

        await page.EnterTextAsync("#q", "catalog visitors");
        await page.ChooseAsync("#college", "Milwaukee");
        await page.ChooseAsync("#occupation", "Nursing");
        await page.ActivateAsync("form[role=search] button[type=submit]");

        Assert.Equal("1 approved program matches your search", (await page.Locator("#results-heading").InnerTextAsync()).Trim());
        Assert.StartsWith("Program catalog: 1 approved program matches your search", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Contains("college=MATC", page.Url, StringComparison.Ordinal);
        Assert.Equal("catalog visitors", await page.Locator("#q").InputValueAsync());

        await page.ActivateAsync($".ietportal-catalog-results a[href='/catalog/{id}']");

        Assert.EndsWith($"/catalog/{id}", page.Url, StringComparison.Ordinal);
        Assert.Equal("Nursing Assistant for Catalog Visitors", await page.Locator("h1").InnerTextAsync());
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("What you learn", main, StringComparison.Ordinal);
        Assert.Contains("Measure and record temperature, pulse, respirations and blood pressure", main, StringComparison.Ordinal);
        Assert.Contains("IET-2027-0971", main, StringComparison.Ordinal);
        Assert.Contains("info@matc.edu", main, StringComparison.Ordinal);

        // Back to the catalog through the breadcrumb.
        await page.ActivateAsync("nav[aria-label=Breadcrumbs] a[href='/catalog']");
        Assert.Equal("IET program catalog", await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_empty_search_explains_itself_offers_a_way_out_and_passes_axe_as_does_a_narrow_phone_screen()
    {
        await ApprovedAsync("Nursing Assistant for Phone Readers", "IET-2027-0972");
        var page = await app.NewPageAsync(width: 320);

        await page.VisitAsync("/catalog?q=no+program+is+called+this&college=MATC");

        Assert.Equal("No approved programs match your search", (await page.Locator("#results-heading").InnerTextAsync()).Trim());
        await page.ActivateAsync("section a[href='/catalog?college=MATC']");
        Assert.Contains("approved program", await page.Locator("#results-heading").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".ietportal-catalog-results li").CountAsync() >= 1);
        var scrolls = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(scrolls, "The catalog scrolls sideways at 320 px.");

        // Other browser tests approve MATC programs in the same database: open this test's own.
        await page.ActivateAsync(".ietportal-catalog-results h3 a:text-is('Nursing Assistant for Phone Readers')");
        await page.AssertAccessibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth"), "The program page scrolls sideways at 320 px.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_proposal_that_is_not_approved_gets_the_friendly_not_found_page()
    {
        var draft = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db, title: "Catalog draft never published"));
        var page = await app.NewPageAsync();

        var response = await page.VisitAsync($"/catalog/{draft}");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The complete CNA proposal of the MATC demo staff member taken through the workflow with the app's own services:
    /// submitted with its real compliance report and snapshot, claimed by the demo reviewer, every criterion rated Meets
    /// and approved with a decision, as the review pages do (ReviewTests drives those pages themselves).
    /// </summary>
    private async Task<int> ApprovedAsync(string title, string approvalNumber)
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
        var now = DateTime.UtcNow;
        var reviewer = WorkflowActor.StateReviewer(reviewerId);
        Assert.True(ProposalWorkflow.Submit(proposal, WorkflowActor.CollegeStaff(staffId, proposal.CollegeId), new Submission(report, acknowledgements, snapshot.ToJson()), now).IsAllowed);
        Assert.True(ProposalWorkflow.Claim(proposal, reviewer).IsAllowed);
        await db.SaveChangesAsync();

        var version = await db.ProposalVersions.Where(v => v.IetProposalId == id).SingleAsync();
        var review = new Review { IetProposalId = id, ProposalVersionId = version.Id, ReviewerId = reviewerId, AssignedAtUtc = now };
        review.Ratings.AddRange(Enum.GetValues<ReviewCriterion>().Select(c => new CriterionRating { Criterion = c, Rating = CriterionRatingValue.Meets }));
        db.Reviews.Add(review);
        var from = new DateOnly(2027, 7, 1);
        var to = new DateOnly(2030, 6, 30);
        var approved = ProposalWorkflow.Approve(proposal, reviewer, new ApprovalDetails(approvalNumber, DateOnly.FromDateTime(now), from, to), review.Ratings, [], now);
        Assert.True(approved.IsAllowed, approved.Reason);
        db.ReviewDecisions.Add(new ReviewDecision
        {
            IetProposalId = id,
            ProposalVersionId = version.Id,
            Kind = DecisionKind.Approved,
            DecidedAtUtc = now,
            DecidedByUserId = reviewerId,
            ApprovalNumber = approvalNumber,
            EffectiveFrom = from,
            EffectiveTo = to,
        });
        await db.SaveChangesAsync();
        return id;
    }
}
