using System.Net;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Review;

/// <summary>
/// PRODUCT.md: "A reviewer never reviews a college for which they declared a conflict of interest." Reviewers declare
/// and withdraw their declarations; claiming, the assign lists and the review page follow them at once.
/// </summary>
public sealed class ConflictOfInterestTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private readonly ReviewScenario _scenario = new(app);

    [Fact]
    public async Task A_reviewer_declares_a_conflict_then_cannot_claim_that_college_s_proposals_until_they_withdraw_it()
    {
        var staff = await _scenario.StaffAsync("WCTC");
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.SubmittedAsync("WCTC proposal", staff);
        var college = staff.CollegeId!.Value;
        using var client = await _scenario.SignedInAsync(reviewer);

        using (var declared = await client.SubmitFormAsync("/review/conflicts", "/review/conflicts", new Dictionary<string, string>
        {
            ["Form.CollegeId"] = college.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Reason"] = "My spouse teaches there.",
        }))
        {
            var page = await ReviewScenario.FollowAsync(client, declared);
            Assert.Contains("Waukesha County Technical College", page.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("My spouse teaches there.", page.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll($"#Form_CollegeId option[value='{college}']"));
        }

        var queue = await client.GetDocumentAsync($"/review?college={college}");
        Assert.Null(queue.QuerySelector($"form[action='/review/{id}/claim']"));
        using (var claim = await ReviewScenario.PostWithoutFormAsync(client, "/review", $"/review/{id}/claim"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, claim.StatusCode);
        }

        using (var reviewPage = await client.GetAsync($"/review/{id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, reviewPage.StatusCode);
        }

        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.UserId == reviewer.Id && e.Action == "Conflict of interest declared")));
        var declarationId = await app.WithDbAsync(db => db.ConflictOfInterestDeclarations.Where(d => d.ReviewerId == reviewer.Id).Select(d => d.Id).SingleAsync());
        using (var withdrawn = await client.SubmitFormAsync("/review/conflicts", $"/review/conflicts/{declarationId}/withdraw", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        var after = await client.GetDocumentAsync($"/review?college={college}");
        Assert.NotNull(after.QuerySelector($"form[action='/review/{id}/claim']"));
    }

    [Fact]
    public async Task A_declaration_needs_a_college_and_a_reason_and_is_made_once()
    {
        var reviewer = await _scenario.ReviewerAsync();
        var college = (await app.CollegeIdAsync("WTC")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var client = await _scenario.SignedInAsync(reviewer);

        using var empty = await client.SubmitFormAsync("/review/conflicts", "/review/conflicts", new Dictionary<string, string>());
        var summary = (await AppClient.ParseAsync(empty)).QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Choose the college.", summary, StringComparison.Ordinal);
        Assert.Contains("Say why", summary, StringComparison.Ordinal);

        using (await client.SubmitFormAsync("/review/conflicts", "/review/conflicts", new Dictionary<string, string> { ["Form.CollegeId"] = college, ["Form.Reason"] = "Board member" }))
        {
        }

        using var again = await ReviewScenario.PostWithoutFormAsync(client, "/review/conflicts", "/review/conflicts",
            new Dictionary<string, string> { ["Form.CollegeId"] = college, ["Form.Reason"] = "Still a board member" });
        Assert.Contains("You already declared a conflict of interest with", (await AppClient.ParseAsync(again)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.ConflictOfInterestDeclarations.CountAsync(d => d.ReviewerId == reviewer.Id)));
    }

    [Fact]
    public async Task Reviewers_withdraw_only_their_own_declarations_and_administrators_have_none()
    {
        var owner = await _scenario.ConflictedReviewerAsync("NWTC");
        var other = await _scenario.ReviewerAsync();
        var admin = await _scenario.AdministratorAsync();
        var declarationId = await app.WithDbAsync(db => db.ConflictOfInterestDeclarations.Where(d => d.ReviewerId == owner.Id).Select(d => d.Id).SingleAsync());
        using var otherClient = await _scenario.SignedInAsync(other);
        using var adminClient = await _scenario.SignedInAsync(admin);

        using var notTheirs = await ReviewScenario.PostWithoutFormAsync(otherClient, "/review/conflicts", $"/review/conflicts/{declarationId}/withdraw");
        using var adminPage = await adminClient.GetAsync("/review/conflicts");

        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, adminPage.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.ConflictOfInterestDeclarations.AnyAsync(d => d.Id == declarationId)));
    }
}
