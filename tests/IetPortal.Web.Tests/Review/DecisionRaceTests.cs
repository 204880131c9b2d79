using System.Net;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Infrastructure;

namespace IetPortal.Web.Tests.Review;

/// <summary>
/// Issue 5: "Two reviewers deciding the same proposal at once: exactly one decision is recorded, the other gets a clear
/// message." Only the assigned reviewer may decide (docs/workflow.md), so the decisions that can collide come from
/// two sessions of that reviewer, or from a page opened before someone else decided: whichever arrives second is told
/// who decided first, never shown an error page.
/// </summary>
public sealed class DecisionRaceTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private readonly ReviewScenario _scenario = new(app);

    [Fact]
    public async Task A_return_and_an_approval_sent_at_the_same_moment_record_exactly_one_decision_and_the_other_is_told()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Decided twice at once", staff, reviewer);
        using var returning = await _scenario.SignedInAsync(reviewer);
        using var approving = await _scenario.SignedInAsync(reviewer);
        await ReviewScenario.RateAllAsync(approving, id);
        using (await ReviewScenario.CommentAsync(returning, id, "Describe the clinical hours.", CommentVisibility.ForCollege, required: true))
        {
        }

        using var returnForm = await FormAsync(returning, $"/review/{id}", $"/review/{id}/return", new() { ["Return.Summary"] = "Please add the clinical hours." });
        using var approveForm = await FormAsync(approving, $"/review/{id}/approve", $"/review/{id}/approve", new()
        {
            ["Approve.ApprovalNumber"] = "IET-2027-0777",
            ["Approve.EffectiveFrom"] = "2027-07-01",
            ["Approve.EffectiveTo"] = "2030-06-30",
        });

        var responses = await Task.WhenAll(
            returning.Http.PostAsync(new Uri($"/review/{id}/return", UriKind.Relative), returnForm),
            approving.Http.PostAsync(new Uri($"/review/{id}/approve", UriKind.Relative), approveForm));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var decision = Assert.Single(await _scenario.DecisionsAsync(id));
        var (winner, loser) = decision.Kind == DecisionKind.Returned ? (returning, approving) : (approving, returning);
        var (winnerResponse, loserResponse) = decision.Kind == DecisionKind.Returned ? (responses[0], responses[1]) : (responses[1], responses[0]);
        var loserPage = await ReviewScenario.FollowAsync(loser, loserResponse);
        var what = decision.Kind == DecisionKind.Returned ? "returned" : "approved";
        Assert.Contains($"This proposal was already {what} by Test StateReviewer", loserPage.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("was not recorded", loserPage.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var winnerPage = await ReviewScenario.FollowAsync(winner, winnerResponse);
        Assert.Null(winnerPage.QuerySelector("main [role=alert]"));
        Assert.Equal(decision.Kind == DecisionKind.Returned ? ProposalStatus.Returned : ProposalStatus.Approved, await _scenario.StatusAsync(id));

        // Only the winner's emails were written: the loser's rolled back with its decision.
        var kinds = (await _scenario.OutboxAsync(id)).Select(m => m.Kind).Where(k => k is "ProposalReturned" or "ProposalApproved").Distinct().ToList();
        Assert.Equal([decision.Kind == DecisionKind.Returned ? "ProposalReturned" : "ProposalApproved"], kinds);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_decision_sent_from_a_page_opened_before_another_decision_is_told_who_decided_first()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Decided from a stale page", staff, reviewer);
        using var first = await _scenario.SignedInAsync(reviewer);
        using var stale = await _scenario.SignedInAsync(reviewer);
        await ReviewScenario.RateAllAsync(first, id);
        using (await ReviewScenario.CommentAsync(first, id, "Name the clinical site.", CommentVisibility.ForCollege, required: true))
        {
        }

        using var staleReturn = await FormAsync(stale, $"/review/{id}", $"/review/{id}/return", new() { ["Return.Summary"] = "Late return" });
        using (var approved = await ReviewScenario.ApproveAsync(first, id, "IET-2027-0778"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        using var response = await stale.Http.PostAsync(new Uri($"/review/{id}/return", UriKind.Relative), staleReturn);

        var page = await ReviewScenario.FollowAsync(stale, response);
        var message = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("This proposal was already approved by Test StateReviewer on ", message, StringComparison.Ordinal);
        Assert.Contains(", so your return was not recorded.", message, StringComparison.Ordinal);
        Assert.Equal(DecisionKind.Approved, Assert.Single(await _scenario.DecisionsAsync(id)).Kind);
    }

    /// <summary>A form's fields with the token of the form as the page showed it, ready to post later.</summary>
    private static async Task<FormUrlEncodedContent> FormAsync(AppClient client, string pageUrl, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var token = page.Forms.First(f => f.GetAttribute("action") == action)
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields["__RequestVerificationToken"] = token;
        return new FormUrlEncodedContent(fields);
    }
}
