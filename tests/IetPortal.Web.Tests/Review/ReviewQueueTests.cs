using AngleSharp.Html.Dom;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Review;

/// <summary>
/// The reviewer queue: the three tabs, the filters, the review clock against the administrator's target (late items
/// say so in words), paging, empty states, and the claim and assign controls each row offers. Each test works in a
/// college of its own, so the class's shared database does not mix their rows.
/// </summary>
public sealed class ReviewQueueTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private readonly ReviewScenario _scenario = new(app);

    [Fact]
    public async Task The_tabs_show_unassigned_proposals_the_reviewer_s_own_including_resubmissions_and_all_of_them()
    {
        var staff = await _scenario.StaffAsync("BTC");
        var me = await _scenario.ReviewerAsync();
        var colleague = await _scenario.ReviewerAsync();
        await _scenario.SubmittedAsync("BTC waiting", staff);
        await _scenario.InReviewAsync("BTC mine in review", staff, me);
        await _scenario.InReviewAsync("BTC colleague's", staff, colleague);
        var resubmitted = await _scenario.InReviewAsync("BTC mine resubmitted", staff, me);
        await ReturnInDatabaseAsync(resubmitted, me);
        await _scenario.ResubmitAsync(resubmitted, staff, "Now with a skills lab.");
        var withdrawn = await _scenario.SubmittedAsync("BTC withdrawn", staff);
        await _scenario.WithdrawAsync(withdrawn, staff);
        var collegeId = staff.CollegeId!.Value;
        using var client = await _scenario.SignedInAsync(me);

        var unassigned = await client.GetDocumentAsync($"/review?college={collegeId}");
        var mine = await client.GetDocumentAsync($"/review?tab=mine&college={collegeId}");
        var all = await client.GetDocumentAsync($"/review?tab=all&college={collegeId}");

        Assert.Equal(["BTC waiting"], Titles(unassigned));
        Assert.Equal(["BTC mine in review", "BTC mine resubmitted"], Titles(mine).Order());
        Assert.Equal(["BTC colleague's", "BTC mine in review", "BTC mine resubmitted", "BTC waiting", "BTC withdrawn"], Titles(all).Order());
        Assert.Equal("Unassigned", unassigned.QuerySelector("nav[aria-label='Queue views'] a[aria-current=page]")!.TextContent);
        Assert.Equal("Assigned to me", mine.QuerySelector("nav[aria-label='Queue views'] a[aria-current=page]")!.TextContent);
        Assert.Equal(1, mine.QuerySelectorAll("nav[aria-label='Queue views'] a[aria-current]").Length);
        Assert.Equal($"/review?tab=all&college={collegeId}", mine.QuerySelectorAll("nav[aria-label='Queue views'] a")[2].GetAttribute("href"));
    }

    [Fact]
    public async Task The_filters_narrow_by_college_pathway_and_status()
    {
        var gateway = await _scenario.StaffAsync("GTC");
        var lakeshore = await _scenario.StaffAsync("LTC");
        var reviewer = await _scenario.ReviewerAsync();
        await _scenario.SubmittedAsync("GTC welding", gateway, pathway: "Welding");
        await _scenario.SubmittedAsync("GTC without pathway", gateway);
        await _scenario.InReviewAsync("GTC in review", gateway, reviewer);
        await _scenario.SubmittedAsync("LTC welding", lakeshore, pathway: "Welding");
        var welding = await app.WithDbAsync(db => db.CareerPathways.Where(w => w.Name == "Welding").Select(w => w.Id).FirstAsync());
        using var client = await _scenario.SignedInAsync(reviewer);

        var byCollege = await client.GetDocumentAsync($"/review?tab=all&college={gateway.CollegeId}");
        var byPathway = await client.GetDocumentAsync($"/review?tab=all&college={gateway.CollegeId}&pathway={welding}");
        var byStatus = await client.GetDocumentAsync($"/review?tab=all&college={gateway.CollegeId}&status=InReview");

        Assert.Equal(["GTC in review", "GTC welding", "GTC without pathway"], Titles(byCollege).Order());
        Assert.Equal(["GTC welding"], Titles(byPathway));
        Assert.Equal(["GTC in review"], Titles(byStatus));
        Assert.Contains("matching the filters", byStatus.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(byStatus.QuerySelector($"#college option[value='{gateway.CollegeId}'][selected]"));
    }

    [Fact]
    public async Task A_proposal_past_the_review_clock_target_says_it_is_late_in_words_and_the_target_is_the_administrator_s()
    {
        var staff = await _scenario.StaffAsync("CVTC");
        var reviewer = await _scenario.ReviewerAsync();
        await _scenario.SubmittedAsync("CVTC late", staff, daysAgo: 35);
        await _scenario.SubmittedAsync("CVTC on time", staff, daysAgo: 10);
        using var client = await _scenario.SignedInAsync(reviewer);
        var url = $"/review?college={staff.CollegeId}";

        var page = await client.GetDocumentAsync(url);

        Assert.Equal("Late: 35 days (target 30)", Cell(page, "CVTC late", "Review clock"));
        Assert.Equal("35 days", Cell(page, "CVTC late", "Age"));
        Assert.Equal("On time: 20 days left (target 30)", Cell(page, "CVTC on time", "Review clock"));
        Assert.Contains("1 proposal on this page is late", ReviewScenario.Text(page), StringComparison.Ordinal);

        await SetTargetAsync(40);
        try
        {
            var relaxed = await client.GetDocumentAsync(url);
            Assert.Equal("On time: 5 days left (target 40)", Cell(relaxed, "CVTC late", "Review clock"));
        }
        finally
        {
            await SetTargetAsync(30);
        }
    }

    [Fact]
    public async Task Rows_offer_claim_to_reviewers_and_assign_with_only_the_reviewers_free_of_a_conflict_with_that_college()
    {
        var fox = await _scenario.StaffAsync("FVTC");
        var reviewer = await _scenario.ReviewerAsync();
        var conflicted = await _scenario.ConflictedReviewerAsync("FVTC");
        var admin = await _scenario.AdministratorAsync();
        var id = await _scenario.SubmittedAsync("FVTC conflict row", fox);
        using var reviewerClient = await _scenario.SignedInAsync(reviewer);
        using var adminClient = await _scenario.SignedInAsync(admin);

        var reviewerRow = Row(await reviewerClient.GetDocumentAsync($"/review?college={fox.CollegeId}"), "FVTC conflict row");
        var adminPage = await adminClient.GetDocumentAsync($"/review?college={fox.CollegeId}");
        var adminRow = Row(adminPage, "FVTC conflict row");

        Assert.NotNull(reviewerRow.QuerySelector($"form[action='/review/{id}/claim'] button"));
        Assert.Null(adminRow.QuerySelector($"form[action='/review/{id}/claim']"));
        var options = adminRow.QuerySelectorAll($"form[action='/review/{id}/assign'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(reviewer.Id, options);
        Assert.DoesNotContain(conflicted.Id, options);
        Assert.Equal($"Reviewer for FVTC conflict row", adminRow.QuerySelector("label")!.TextContent);

        // Administrators are never assigned a proposal, so they have no "Assigned to me" tab.
        Assert.DoesNotContain(adminPage.QuerySelectorAll("nav[aria-label='Queue views'] a"), a => a.TextContent == "Assigned to me");
        var mine = await adminClient.GetDocumentAsync("/review?tab=mine");
        Assert.Contains("Only state reviewers are assigned proposals", ReviewScenario.Text(mine), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_pages_twenty_five_rows_at_a_time()
    {
        var staff = await _scenario.StaffAsync("MSTC");
        var reviewer = await _scenario.ReviewerAsync();
        for (var i = 1; i <= 26; i++)
        {
            await _scenario.SubmittedAsync($"MSTC proposal {i:00}", staff, daysAgo: 40 - i);
        }

        using var client = await _scenario.SignedInAsync(reviewer);

        var first = await client.GetDocumentAsync($"/review?college={staff.CollegeId}");
        var second = await client.GetDocumentAsync($"/review?college={staff.CollegeId}&page=2");
        var beyond = await client.GetDocumentAsync($"/review?college={staff.CollegeId}&page=9");

        Assert.Equal(25, Titles(first).Count);
        Assert.Equal("MSTC proposal 01", Titles(first)[0]);
        Assert.Equal(["MSTC proposal 26"], Titles(second));
        Assert.StartsWith("Proposals 1\u201325 of 26", first.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/review?college={staff.CollegeId}&page=2", first.QuerySelector("a[aria-label='Page 2']")!.GetAttribute("href"));
        Assert.Contains("There is no page 9, so the last page, 2, is shown.", ReviewScenario.Text(beyond), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_tabs_and_filters_say_what_is_missing()
    {
        var reviewer = await _scenario.ReviewerAsync();
        var nicolet = await app.CollegeIdAsync("NICOLET");
        using var client = await _scenario.SignedInAsync(reviewer);

        var mine = await client.GetDocumentAsync("/review?tab=mine");
        var filtered = await client.GetDocumentAsync($"/review?tab=all&college={nicolet}");
        var nonsense = await client.GetDocumentAsync("/review?tab=later&status=Draft&page=x");

        Assert.Equal("Nothing is assigned to you", mine.QuerySelector("#empty-heading")!.TextContent);
        Assert.Equal("No proposals match the filters", filtered.QuerySelector("#empty-heading")!.TextContent);
        var notes = ReviewScenario.Text(nonsense);
        Assert.Contains("The tab in the address is not one of the queue's tabs", notes, StringComparison.Ordinal);
        Assert.Contains("The status in the address is not one the queue shows", notes, StringComparison.Ordinal);
        Assert.Contains("The page number in the address was not valid", notes, StringComparison.Ordinal);
    }

    private static List<string> Titles(IHtmlDocument page) => [.. page.QuerySelectorAll("tbody th a").Select(a => a.TextContent)];

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, string title) =>
        page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th a")?.TextContent == title);

    private static string Cell(IHtmlDocument page, string title, string column) =>
        Row(page, title).QuerySelector($"td[data-label='{column}']")!.TextContent.Trim();

    private async Task SetTargetAsync(decimal days) =>
        await app.WithDbAsync(async db =>
        {
            var threshold = await db.ComplianceThresholds.SingleAsync(t => t.Key == ThresholdKeys.ReviewClockTargetDays);
            threshold.Value = days;
            return await db.SaveChangesAsync();
        });

    private async Task ReturnInDatabaseAsync(int id, TestUser reviewer) =>
        await app.WithDbAsync(async db =>
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == id);
            var comment = new Domain.Reviews.ReviewComment
            {
                IetProposalId = id,
                AuthorId = reviewer.Id,
                Body = "Add the skills lab.",
                Visibility = Domain.Reviews.CommentVisibility.ForCollege,
                IsRequiredChange = true,
            };
            db.ReviewComments.Add(comment);
            var result = ProposalWorkflow.Return(proposal, WorkflowActor.StateReviewer(reviewer.Id), [comment], DateTime.UtcNow);
            Assert.True(result.IsAllowed, result.Reason);
            return await db.SaveChangesAsync();
        });
}
