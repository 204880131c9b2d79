using System.Net;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;
using static IetPortal.Web.Tests.Submissions.SubmissionScenario;

namespace IetPortal.Web.Tests.Submissions;

/// <summary>
/// PRODUCT.md: "An approved program can be amended: the amendment is a new draft version while the approved version
/// stays in force until the amendment is approved." The whole life of an amendment through the app's endpoints.
/// </summary>
public sealed class AmendmentLifecycleTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task An_amendment_is_reviewed_like_a_proposal_and_on_approval_supersedes_the_program_which_stays_approved_until_then()
    {
        var author = await app.CreateStaffAsync("MATC");
        var reviewer = await ReviewerAsync(app);
        using var staff = await SignedInAsync(app, author);
        using var review = await SignedInAsync(app, reviewer);
        var id = await CnaAsync(app, title: $"CNA amended {Guid.NewGuid():N}");
        await SubmitClaimAndApproveAsync(staff, review, id, $"IET-A-{id}");
        Assert.Equal(ProposalStatus.Approved, await StatusAsync(app, id));

        // Start the amendment from the approved program's read view: a new draft that amends it.
        using (var started = await staff.SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/amend", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        var amendmentId = await app.WithDbAsync(db => db.Proposals.Where(p => p.AmendsProposalId == id).Select(p => p.Id).SingleAsync());
        Assert.Equal(ProposalStatus.Draft, await StatusAsync(app, amendmentId));
        await app.WithDbAsync(async db =>
        {
            var amendment = await db.Proposals.SingleAsync(p => p.Id == amendmentId);
            amendment.Summary += " From 2028 the cohort also meets on Saturdays.";
            return await db.SaveChangesAsync();
        });
        await AssertStillInForceAsync(staff, id);

        // The amendment goes through submit, claim and review while the program stays approved and visible.
        using (var submitted = await SubmitAsync(staff, amendmentId, NotesFor(await staff.GetDocumentAsync($"/proposals/{amendmentId}/submit"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        Assert.Equal(ProposalStatus.Submitted, await StatusAsync(app, amendmentId));
        Assert.Equal(2, await app.WithDbAsync(db => db.ProposalVersions.Where(v => v.IetProposalId == amendmentId).Select(v => v.Number).SingleAsync()));
        await AssertStillInForceAsync(staff, id);

        using (var claimed = await review.SubmitFormAsync($"/review/{amendmentId}", $"/review/{amendmentId}/claim", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        }

        var reviewPage = await review.GetDocumentAsync($"/review/{amendmentId}");
        Assert.Contains("Amendment of an approved program", reviewPage.QuerySelector(".ietportal-proposal-context")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.InReview, await StatusAsync(app, amendmentId));
        await AssertStillInForceAsync(staff, id);

        // Approving the amendment supersedes the program in the same step.
        await ReviewScenario.RateAllAsync(review, amendmentId);
        using (var approved = await ReviewScenario.ApproveAsync(review, amendmentId, $"IET-A-{amendmentId}", new DateOnly(2028, 1, 1), new DateOnly(2031, 6, 30)))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Equal(ProposalStatus.Approved, await StatusAsync(app, amendmentId));
        Assert.Equal(ProposalStatus.Superseded, await StatusAsync(app, id));
        var original = await staff.GetDocumentAsync($"/proposals/{id}");
        Assert.Contains("Superseded", original.QuerySelector("#workflow-heading + dl")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(original.QuerySelectorAll($".ietportal-workflow form[action='/proposals/{id}/amend']"));
        var oldLetter = await staff.GetDocumentAsync($"/proposals/{id}/decision-letter");
        Assert.Contains("has since been replaced by the approval of an amendment", oldLetter.Body!.TextContent, StringComparison.Ordinal);
        var newLetter = await staff.GetDocumentAsync($"/proposals/{amendmentId}/decision-letter");
        Assert.Contains($"The approval IET-A-{id} of the program this amendment changes", newLetter.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await staff.GetDocumentAsync($"/proposals/{amendmentId}")).QuerySelector($".ietportal-workflow form[action='/proposals/{amendmentId}/amend']"));
    }

    /// <summary>The approved program as the college sees it while an amendment is in progress: approved, its letter in force, no second amendment.</summary>
    private async Task AssertStillInForceAsync(AppClient staff, int id)
    {
        Assert.Equal(ProposalStatus.Approved, await StatusAsync(app, id));
        var read = await staff.GetDocumentAsync($"/proposals/{id}");
        Assert.Contains("Approved", read.QuerySelector("#workflow-heading + dl")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(read.QuerySelectorAll($".ietportal-workflow form[action='/proposals/{id}/amend']"));
        Assert.NotNull(read.QuerySelector($"#workflow-heading + dl a[href='/proposals/{id}/decision-letter']"));
        var letter = await staff.GetDocumentAsync($"/proposals/{id}/decision-letter");
        Assert.DoesNotContain("has since been replaced", letter.Body!.TextContent, StringComparison.Ordinal);
        var list = await staff.GetDocumentAsync("/proposals?status=Approved");
        Assert.NotNull(list.QuerySelector($"a[href='/proposals/{id}']"));
    }

    private static async Task SubmitClaimAndApproveAsync(AppClient staff, AppClient review, int id, string approvalNumber)
    {
        using (var submitted = await SubmitAsync(staff, id, NotesFor(await staff.GetDocumentAsync($"/proposals/{id}/submit"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        using (var claimed = await review.SubmitFormAsync($"/review/{id}", $"/review/{id}/claim", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        }

        await ReviewScenario.RateAllAsync(review, id);
        using var approved = await ReviewScenario.ApproveAsync(review, id, approvalNumber);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
    }

    /// <summary>A note for each warning the confirmation page asks about.</summary>
    private static Dictionary<string, string> NotesFor(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("input[name^='Form.Acknowledgements'][name$='.RuleId']")
            .ToDictionary(i => i.GetAttribute("value")!, _ => "Acknowledged by the college.");
}
