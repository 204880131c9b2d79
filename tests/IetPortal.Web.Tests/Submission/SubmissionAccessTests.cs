using System.Net;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IetPortal.Web.Tests.Submissions.SubmissionScenario;

namespace IetPortal.Web.Tests.Submissions;

/// <summary>Who may take the college's workflow actions, in which states: withdraw, amendments and the buttons drawn.</summary>
public sealed class SubmissionAccessTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Staff_of_another_college_cannot_submit_withdraw_or_see_the_required_changes()
    {
        var id = await CnaAsync(app);
        using var other = await StaffAsync(app, "MADISON");

        using var submitPage = await other.GetAsync($"/proposals/{id}/submit");
        using var submit = await SubmitBlindAsync(other, id);
        using var withdrawPage = await other.GetAsync($"/proposals/{id}/withdraw");
        using var withdraw = await PostAsync(other, $"/proposals/{id}/withdraw", []);
        using var changes = await other.GetAsync($"/proposals/{id}/changes");
        using var answer = await PostAsync(other, $"/proposals/{id}/changes/1", new() { ["Changes[1].Addressed"] = "true", ["Changes[1].Reply"] = "Done" });
        using var amend = await PostAsync(other, $"/proposals/{id}/amend", []);
        using var version = await other.GetAsync($"/proposals/{id}/versions/1");

        Assert.All(
            new[] { submitPage, submit, withdrawPage, withdraw, changes, answer, amend, version },
            response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        Assert.Equal(ProposalStatus.Draft, await StatusAsync(app, id));
    }

    [Theory]
    [InlineData(RoleNames.StateReviewer)]
    [InlineData(RoleNames.Administrator)]
    public async Task Reviewers_and_administrators_cannot_submit_withdraw_or_answer_changes(string role)
    {
        var id = await CnaAsync(app);
        using var client = await SignedInAsync(app, await app.CreateUserAsync(role));

        using var submitPage = await client.GetAsync($"/proposals/{id}/submit");
        using var submit = await SubmitBlindAsync(client, id);
        using var withdraw = await PostAsync(client, $"/proposals/{id}/withdraw", []);
        using var changes = await client.GetAsync($"/proposals/{id}/changes");
        var read = await client.GetDocumentAsync($"/proposals/{id}");

        Assert.All(new[] { submitPage, submit, withdraw, changes }, response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        Assert.Null(read.QuerySelector($"a[href='/proposals/{id}/submit']"));
        Assert.Equal(ProposalStatus.Draft, await StatusAsync(app, id));
    }

    [Fact]
    public async Task Withdrawing_a_draft_is_confirmed_on_its_own_page_and_the_reason_is_kept_in_the_history()
    {
        var id = await CnaAsync(app);
        using var staff = await StaffAsync(app);

        var confirmation = await staff.GetDocumentAsync($"/proposals/{id}/withdraw");
        using var response = await staff.SubmitFormAsync($"/proposals/{id}/withdraw", $"/proposals/{id}/withdraw", new Dictionary<string, string>
        {
            ["Form.Reason"] = "The clinical partner withdrew its placements.",
        });
        var read = await staff.GetDocumentAsync($"/proposals/{id}");

        Assert.Equal("Withdraw this proposal?", confirmation.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProposalStatus.Withdrawn, await StatusAsync(app, id));
        var history = read.QuerySelector("#history-heading")!.ParentElement!.TextContent;
        Assert.Contains("Withdrawn: Reason: The clinical partner withdrew its placements.", history, StringComparison.Ordinal);
        Assert.Empty(read.QuerySelectorAll(".ietportal-workflow .usa-button"));
    }

    [Fact]
    public async Task Nothing_can_be_done_to_a_withdrawn_proposal()
    {
        var id = await CnaAsync(app);
        using var staff = await StaffAsync(app);
        using var withdrawn = await PostAsync(staff, $"/proposals/{id}/withdraw", []);

        using var submitPage = await staff.GetAsync($"/proposals/{id}/submit");
        using var submit = await SubmitBlindAsync(staff, id);
        var reason = (await staff.GetDocumentAsync($"/proposals/{id}")).QuerySelector(".ietportal-status")!.TextContent;
        using var withdrawPage = await staff.GetAsync($"/proposals/{id}/withdraw");
        using var withdrawAgain = await PostAsync(staff, $"/proposals/{id}/withdraw", []);
        using var amend = await PostAsync(staff, $"/proposals/{id}/amend", []);
        using var edit = await staff.GetAsync($"/proposals/{id}/edit/overview");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.All(
            new[] { submitPage, submit, withdrawPage, withdrawAgain, amend, edit },
            response => Assert.Equal($"/proposals/{id}", response.Headers.Location?.OriginalString));
        Assert.Contains("Nobody can act on this proposal: it is withdrawn.", reason, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Withdrawn, await StatusAsync(app, id));
        Assert.Equal(0, await VersionCountAsync(app, id));
        Assert.False(await app.WithDbAsync(db => db.Proposals.AnyAsync(p => p.AmendsProposalId == id)));
    }

    [Fact]
    public async Task A_proposal_in_review_cannot_be_withdrawn_or_submitted_again()
    {
        var id = await CnaAsync(app);
        await SetStatusAsync(app, id, ProposalStatus.InReview);
        using var staff = await StaffAsync(app);

        using var withdraw = await PostAsync(staff, $"/proposals/{id}/withdraw", []);
        var read = await staff.GetDocumentAsync($"/proposals/{id}");
        using var submit = await staff.GetAsync($"/proposals/{id}/submit");

        Assert.Equal($"/proposals/{id}", withdraw.Headers.Location?.OriginalString);
        Assert.Equal($"/proposals/{id}", submit.Headers.Location?.OriginalString);
        Assert.Contains("You cannot withdraw this proposal: it is in review.", read.QuerySelector(".ietportal-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.InReview, await StatusAsync(app, id));
    }

    [Fact]
    public async Task Starting_an_amendment_of_an_approved_program_opens_a_new_draft_and_only_one_at_a_time()
    {
        var id = await CnaAsync(app);
        await SetStatusAsync(app, id, ProposalStatus.Approved);
        using var staff = await StaffAsync(app);

        using var first = await staff.SubmitFormAsync($"/proposals/{id}", $"/proposals/{id}/amend", new Dictionary<string, string>());
        using var second = await PostAsync(staff, $"/proposals/{id}/amend", []);

        var amendment = await app.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.AmendsProposalId == id));
        Assert.Equal($"/proposals/{amendment.Id}/edit/overview", first.Headers.Location?.OriginalString);
        Assert.Equal(ProposalStatus.Draft, amendment.Status);
        Assert.Equal(ProposalStatus.Approved, await StatusAsync(app, id));
        Assert.Equal($"/proposals/{id}", second.Headers.Location?.OriginalString);
        Assert.Equal(1, await app.WithDbAsync(db => db.Proposals.CountAsync(p => p.AmendsProposalId == id)));
        var read = await staff.GetDocumentAsync($"/proposals/{amendment.Id}");
        Assert.NotNull(read.QuerySelector($".ietportal-workflow a[href='/proposals/{id}']"));
    }

    [Fact]
    public async Task The_read_view_draws_only_the_actions_the_user_may_take_now()
    {
        var id = await CnaAsync(app);
        using var staff = await StaffAsync(app);
        using var reviewer = await SignedInAsync(app, await ReviewerAsync(app));

        var draft = await staff.GetDocumentAsync($"/proposals/{id}");
        var reviewerOnDraft = await reviewer.GetDocumentAsync($"/proposals/{id}");
        await SetStatusAsync(app, id, ProposalStatus.Submitted);
        var submitted = await staff.GetDocumentAsync($"/proposals/{id}");
        var reviewerOnSubmitted = await reviewer.GetDocumentAsync($"/proposals/{id}");

        Assert.Equal(["Edit this proposal", "Check compliance", "Submit", "Withdraw"], Actions(draft));
        Assert.Empty(Actions(reviewerOnDraft));
        Assert.Equal(["Withdraw"], Actions(submitted));
        Assert.Equal(["Open the review"], Actions(reviewerOnSubmitted));
        Assert.NotNull(reviewerOnSubmitted.QuerySelector($".ietportal-workflow a[href='/review/{id}']"));
        Assert.Contains("Not submitted yet; the first submission becomes version 1.", draft.QuerySelector("#workflow-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    private static List<string> Actions(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".ietportal-workflow .usa-button").Select(b => b.TextContent.Trim()).ToList();

    /// <summary>A submission posted without the page (the user could not open it): confirmed, with the stamp from the database.</summary>
    private async Task<HttpResponseMessage> SubmitBlindAsync(AppClient client, int id)
    {
        var stamp = await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.ConcurrencyStamp).SingleAsync());
        return await PostAsync(client, $"/proposals/{id}/submit", new()
        {
            ["Form.Command"] = "submit",
            ["Form.Confirmed"] = "true",
            ["Form.Stamp"] = stamp.ToString(),
        });
    }
}
