using System.Net;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Review;

/// <summary>
/// Issue 5: every allowed and every forbidden transition of the reviewer side, for every role, through HTTP with real
/// cookies and antiforgery tokens. The workflow decides; the web answers 403 for "never permitted" and sends the user
/// back to the review page with the reason for "not in this state".
/// </summary>
public sealed class ReviewTransitionTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private readonly ReviewScenario _scenario = new(app);

    [Fact]
    public async Task A_reviewer_claims_a_submitted_proposal_which_is_then_in_review_and_assigned_to_them()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.SubmittedAsync("Claimable CNA IET", staff);
        using var client = await _scenario.SignedInAsync(reviewer);

        using var response = await client.SubmitFormAsync($"/review/{id}", $"/review/{id}/claim", new Dictionary<string, string>());

        var page = await ReviewScenario.FollowAsync(client, response);
        Assert.Contains("You claimed", ReviewScenario.Text(page), StringComparison.Ordinal);
        var proposal = await app.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(ProposalStatus.InReview, proposal.Status);
        Assert.Equal(reviewer.Id, proposal.AssignedReviewerId);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.IetProposalId == id && e.Action == "Claimed for review" && e.UserId == reviewer.Id)));
    }

    [Fact]
    public async Task College_staff_cannot_claim_assign_return_or_approve_and_cannot_open_the_review_pages()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var submitted = await _scenario.SubmittedAsync("Staff cannot claim this", staff);
        var inReview = await _scenario.InReviewAsync("Staff cannot decide this", staff, reviewer);
        using var client = await _scenario.SignedInAsync(staff);

        foreach (var (action, fields) in new (string, Dictionary<string, string>)[]
        {
            ($"/review/{submitted}/claim", []),
            ($"/review/{submitted}/assign", new() { ["Assign.ReviewerId"] = reviewer.Id }),
            ($"/review/{inReview}/return", new() { ["Return.Summary"] = "Staff returning" }),
            ($"/review/{inReview}/approve", new() { ["Approve.ApprovalNumber"] = "IET-STAFF-1" }),
            ($"/review/{inReview}/ratings", []),
            ($"/review/{inReview}/comments", new() { ["Comment.Body"] = "Staff comment" }),
        })
        {
            using var response = await ReviewScenario.PostWithoutFormAsync(client, "/proposals", action, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{action} answered {(int)response.StatusCode}");
        }

        foreach (var url in new[] { "/review", $"/review/{inReview}", $"/review/{inReview}/approve", "/review/conflicts" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {url} answered {(int)response.StatusCode}");
        }

        Assert.Equal(ProposalStatus.Submitted, await _scenario.StatusAsync(submitted));
        Assert.Equal(ProposalStatus.InReview, await _scenario.StatusAsync(inReview));
    }

    [Fact]
    public async Task An_administrator_assigns_a_reviewer_but_cannot_claim_return_or_approve()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var admin = await _scenario.AdministratorAsync();
        var id = await _scenario.SubmittedAsync("Assigned by the administrator", staff);
        using var client = await _scenario.SignedInAsync(admin);

        var page = await client.GetDocumentAsync($"/review/{id}");
        Assert.Null(page.QuerySelector($"form[action='/review/{id}/claim']"));
        using var assigned = await client.SubmitFormAsync($"/review/{id}", $"/review/{id}/assign", new Dictionary<string, string> { ["Assign.ReviewerId"] = reviewer.Id });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(reviewer.Id, await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.AssignedReviewerId).SingleAsync()));

        foreach (var action in new[] { $"/review/{id}/claim", $"/review/{id}/return", $"/review/{id}/approve", $"/review/{id}/ratings" })
        {
            using var response = await ReviewScenario.PostWithoutFormAsync(client, $"/review/{id}", action);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{action} answered {(int)response.StatusCode}");
        }

        Assert.Equal(ProposalStatus.InReview, await _scenario.StatusAsync(id));
    }

    [Fact]
    public async Task A_reviewer_the_proposal_is_not_assigned_to_cannot_decide_or_rate_it_but_can_assign_it_to_themselves()
    {
        var staff = await _scenario.StaffAsync();
        var assigned = await _scenario.ReviewerAsync();
        var other = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Assigned to someone else", staff, assigned);
        using var client = await _scenario.SignedInAsync(other);

        var page = await client.GetDocumentAsync($"/review/{id}");
        Assert.Null(page.QuerySelector($"a[href='/review/{id}/approve']"));
        Assert.Null(page.QuerySelector($"form[action='/review/{id}/return']"));
        Assert.Null(page.QuerySelector($"form[action='/review/{id}/ratings']"));
        foreach (var action in new[] { $"/review/{id}/return", $"/review/{id}/approve", $"/review/{id}/ratings", $"/review/{id}/comments" })
        {
            using var response = await ReviewScenario.PostWithoutFormAsync(client, $"/review/{id}", action);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{action} answered {(int)response.StatusCode}");
        }

        using var taken = await client.SubmitFormAsync($"/review/{id}", $"/review/{id}/assign", new Dictionary<string, string> { ["Assign.ReviewerId"] = other.Id });
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(other.Id, await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.AssignedReviewerId).SingleAsync()));
    }

    [Fact]
    public async Task A_conflicted_reviewer_cannot_claim_be_assigned_decide_or_open_the_college_s_proposals()
    {
        var staff = await _scenario.StaffAsync();
        var conflicted = await _scenario.ConflictedReviewerAsync();
        var admin = await _scenario.AdministratorAsync();
        var submitted = await _scenario.SubmittedAsync("Conflict of interest CNA", staff);

        // Assigned before the declaration: the declaration still stops the decision.
        var inReview = await _scenario.InReviewAsync("Assigned before the conflict", staff, conflicted);
        using var client = await _scenario.SignedInAsync(conflicted);

        using var claim = await ReviewScenario.PostWithoutFormAsync(client, "/review", $"/review/{submitted}/claim");
        Assert.Equal(HttpStatusCode.Forbidden, claim.StatusCode);
        using var approve = await ReviewScenario.PostWithoutFormAsync(client, "/review", $"/review/{inReview}/approve");
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        using var returned = await ReviewScenario.PostWithoutFormAsync(client, "/review", $"/review/{inReview}/return", new Dictionary<string, string> { ["Return.Summary"] = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, returned.StatusCode);
        using var reviewPage = await client.GetAsync($"/review/{submitted}");
        Assert.Equal(HttpStatusCode.Forbidden, reviewPage.StatusCode);

        // Not offered in the administrator's list, and refused when posted anyway.
        using var adminClient = await _scenario.SignedInAsync(admin);
        var page = await adminClient.GetDocumentAsync($"/review/{submitted}");
        Assert.Empty(page.QuerySelectorAll($"select[name='Assign.ReviewerId'] option[value='{conflicted.Id}']"));
        using var assign = await ReviewScenario.PostWithoutFormAsync(adminClient, $"/review/{submitted}", $"/review/{submitted}/assign",
            new Dictionary<string, string> { ["Assign.ReviewerId"] = conflicted.Id });
        Assert.Equal(HttpStatusCode.OK, assign.StatusCode);
        var refused = await AppClient.ParseAsync(assign);
        Assert.Contains("declared a conflict of interest with this proposal's college and cannot be assigned", refused.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Submitted, await _scenario.StatusAsync(submitted));
    }

    [Fact]
    public async Task Nobody_can_act_on_a_withdrawn_proposal()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var admin = await _scenario.AdministratorAsync();
        var id = await _scenario.SubmittedAsync("Withdrawn before review", staff);
        await _scenario.WithdrawAsync(id, staff);
        using var reviewerClient = await _scenario.SignedInAsync(reviewer);
        using var adminClient = await _scenario.SignedInAsync(admin);

        var page = await reviewerClient.GetDocumentAsync($"/review/{id}");
        Assert.Contains("nobody can act on it any more", ReviewScenario.Text(page), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main form[action^='/review/']"));

        foreach (var (client, action) in new[]
        {
            (reviewerClient, $"/review/{id}/claim"),
            (adminClient, $"/review/{id}/assign"),
            (reviewerClient, $"/review/{id}/return"),
            (reviewerClient, $"/review/{id}/approve"),
            (reviewerClient, $"/review/{id}/ratings"),
        })
        {
            using var response = await ReviewScenario.PostWithoutFormAsync(client, "/review", action, new Dictionary<string, string> { ["Assign.ReviewerId"] = reviewer.Id });
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action} answered {(int)response.StatusCode}");
            var after = await ReviewScenario.FollowAsync(client, response);
            Assert.Contains("withdrawn", after.QuerySelector("[role=alert]")?.TextContent ?? "", StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(ProposalStatus.Withdrawn, await _scenario.StatusAsync(id));
        Assert.Empty(await _scenario.DecisionsAsync(id));
    }

    [Fact]
    public async Task A_reviewer_cannot_edit_a_draft_nor_see_it_in_review()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var collegeId = staff.CollegeId!.Value;
        var draftId = await app.WithDbAsync(async db =>
        {
            var draft = IetProposal.StartDraft(collegeId, "A draft the reviewer never edits");
            db.Proposals.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });
        using var client = await _scenario.SignedInAsync(reviewer);

        using var editor = await client.GetAsync($"/proposals/{draftId}/edit/overview");
        Assert.Equal(HttpStatusCode.Forbidden, editor.StatusCode);
        using var save = await ReviewScenario.PostWithoutFormAsync(client, "/review", $"/proposals/{draftId}/edit/overview",
            new Dictionary<string, string> { ["Form.Title"] = "Changed by a reviewer" });
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        using var review = await client.GetAsync($"/review/{draftId}");
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        Assert.Equal("A draft the reviewer never edits", await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == draftId).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task Claiming_a_proposal_another_reviewer_already_claimed_says_so_and_changes_nothing()
    {
        var staff = await _scenario.StaffAsync();
        var first = await _scenario.ReviewerAsync();
        var second = await _scenario.ReviewerAsync();
        var id = await _scenario.SubmittedAsync("Claimed twice", staff);
        using var firstClient = await _scenario.SignedInAsync(first);
        using var secondClient = await _scenario.SignedInAsync(second);
        var secondPage = await secondClient.GetDocumentAsync($"/review/{id}");
        var token = secondPage.QuerySelector($"form[action='/review/{id}/claim'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var won = await firstClient.SubmitFormAsync($"/review/{id}", $"/review/{id}/claim", new Dictionary<string, string>());
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var lost = await secondClient.Http.PostAsync(new Uri($"/review/{id}/claim", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        var page = await ReviewScenario.FollowAsync(secondClient, lost);
        Assert.Contains("You cannot claim this proposal: it is in review.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(first.Id, await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.AssignedReviewerId).SingleAsync()));
    }

    [Fact]
    public async Task The_review_page_draws_only_the_actions_the_user_may_take_now()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        await _scenario.ReviewerAsync();
        var admin = await _scenario.AdministratorAsync();
        var submitted = await _scenario.SubmittedAsync("Buttons of a submitted proposal", staff);
        var inReview = await _scenario.InReviewAsync("Buttons of a proposal in review", staff, reviewer);
        using var reviewerClient = await _scenario.SignedInAsync(reviewer);
        using var adminClient = await _scenario.SignedInAsync(admin);

        Assert.Equal(["Claim", "Assign a reviewer"], Buttons(await reviewerClient.GetDocumentAsync($"/review/{submitted}")));
        Assert.Equal(["Approve", "Return with required changes", "Assign a reviewer"], Buttons(await reviewerClient.GetDocumentAsync($"/review/{inReview}")));
        Assert.Equal(["Assign a reviewer"], Buttons(await adminClient.GetDocumentAsync($"/review/{inReview}")));
    }

    [Fact]
    public async Task A_resubmitted_proposal_stays_with_its_reviewer_who_claims_it_again_and_nobody_else_can_claim_it()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var other = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Returned and resubmitted", staff, reviewer);
        using var client = await _scenario.SignedInAsync(reviewer);
        using (await ReviewScenario.CommentAsync(client, id, "Add the CNA skill to objective 3.", CommentVisibility.ForCollege, required: true))
        using (var returned = await ReviewScenario.ReturnAsync(client, id))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        await _scenario.ResubmitAsync(id, staff, "Sixteen weeks, now with the skills lab in week 2.");

        var mine = await client.GetDocumentAsync("/review?tab=mine");
        Assert.Contains(mine.QuerySelectorAll("tbody th a"), a => a.TextContent == "Returned and resubmitted");
        using var otherClient = await _scenario.SignedInAsync(other);
        using var refused = await ReviewScenario.PostWithoutFormAsync(otherClient, "/review", $"/review/{id}/claim");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var claimed = await client.SubmitFormAsync($"/review/{id}", $"/review/{id}/claim", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        Assert.Equal(ProposalStatus.InReview, await _scenario.StatusAsync(id));
    }

    private static List<string> Buttons(AngleSharp.Html.Dom.IHtmlDocument page) =>
    [
        .. page.QuerySelectorAll("#actions-heading ~ * button, #actions-heading ~ * a.usa-button")
            .Select(b => b.TextContent.Trim()),
    ];
}
