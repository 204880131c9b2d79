using System.Net;
using IetPortal.Domain.Reviews;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Review;

/// <summary>
/// Comments anchored to sections: internal notes stay with reviewers on every page the college can open; comments for
/// the college reach it only with the decision; a reviewer edits and deletes only their own unreleased comments.
/// </summary>
public sealed class ReviewCommentTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private const string InternalNote = "INTERNAL NOTE: the overlap hours look padded";
    private const string CollegeComment = "Objective 3 names no workforce training competency";

    private readonly ReviewScenario _scenario = new(app);

    [Fact]
    public async Task Internal_notes_never_reach_the_college_and_comments_for_it_only_with_the_decision()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Visibility of review comments", staff, reviewer);
        using var reviewerClient = await _scenario.SignedInAsync(reviewer);
        using var staffClient = await _scenario.SignedInAsync(staff);
        using (await ReviewScenario.CommentAsync(reviewerClient, id, InternalNote, CommentVisibility.Internal))
        using (await ReviewScenario.CommentAsync(reviewerClient, id, CollegeComment, CommentVisibility.ForCollege, required: true))
        {
        }

        var reviewPage = ReviewScenario.Text(await reviewerClient.GetDocumentAsync($"/review/{id}"));
        Assert.Contains(InternalNote, reviewPage, StringComparison.Ordinal);
        Assert.Contains(CollegeComment, reviewPage, StringComparison.Ordinal);
        var before = await CollegePagesAsync(staffClient, id);
        Assert.DoesNotContain(InternalNote, before, StringComparison.Ordinal);
        Assert.DoesNotContain(CollegeComment, before, StringComparison.Ordinal);

        using (var returned = await ReviewScenario.ReturnAsync(reviewerClient, id))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        var after = await CollegePagesAsync(staffClient, id);
        Assert.Contains(CollegeComment, after, StringComparison.Ordinal);
        Assert.DoesNotContain(InternalNote, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_needs_a_section_a_body_and_a_visibility_and_a_required_change_is_for_the_college()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Comment validation", staff, reviewer);
        using var client = await _scenario.SignedInAsync(reviewer);

        using var empty = await client.SubmitFormAsync($"/review/{id}", $"/review/{id}/comments", new Dictionary<string, string> { ["Comment.Body"] = " " });
        var summary = (await AppClient.ParseAsync(empty)).QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Choose the section the comment is about.", summary, StringComparison.Ordinal);
        Assert.Contains("Write the comment.", summary, StringComparison.Ordinal);
        Assert.Contains("Choose who sees the comment", summary, StringComparison.Ordinal);

        using var internalRequired = await ReviewScenario.CommentAsync(client, id, "Internal but required", CommentVisibility.Internal, required: true);
        Assert.Contains("A required change is for the college", (await AppClient.ParseAsync(internalRequired)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.ReviewComments.Where(c => c.IetProposalId == id).ToListAsync()));
    }

    [Fact]
    public async Task A_reviewer_edits_and_deletes_their_own_unreleased_comment()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Editing a comment", staff, reviewer);
        using var client = await _scenario.SignedInAsync(reviewer);
        using (await ReviewScenario.CommentAsync(client, id, "First wording", CommentVisibility.ForCollege))
        {
        }

        var commentId = await app.WithDbAsync(db => db.ReviewComments.Where(c => c.IetProposalId == id).Select(c => c.Id).SingleAsync());
        var editUrl = $"/review/{id}/comments/{commentId}/edit";
        var form = await client.GetDocumentAsync(editUrl);
        Assert.Equal("First wording", form.QuerySelector("#Comment_Body")!.TextContent);
        using (var saved = await client.SubmitFormAsync(editUrl, editUrl, new Dictionary<string, string>
        {
            ["Comment.Stamp"] = form.QuerySelector("input[name='Comment.Stamp']")!.GetAttribute("value")!,
            ["Comment.Section"] = "Integration",
            ["Comment.Body"] = "Second wording",
            ["Comment.Visibility"] = "ForCollege",
            ["Comment.IsRequiredChange"] = "true",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var comment = await app.WithDbAsync(db => db.ReviewComments.AsNoTracking().SingleAsync(c => c.Id == commentId));
        Assert.Equal(("Second wording", Domain.Proposals.ProposalSection.Integration, true), (comment.Body, comment.Section, comment.IsRequiredChange));

        using var deleted = await client.SubmitFormAsync($"/review/{id}", $"/review/{id}/comments/{commentId}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ReviewComments.AnyAsync(c => c.Id == commentId)));
    }

    [Fact]
    public async Task An_edit_made_in_another_window_in_between_is_not_overwritten()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Comment edited twice", staff, reviewer);
        using var client = await _scenario.SignedInAsync(reviewer);
        using (await ReviewScenario.CommentAsync(client, id, "Original", CommentVisibility.Internal))
        {
        }

        var commentId = await app.WithDbAsync(db => db.ReviewComments.Where(c => c.IetProposalId == id).Select(c => c.Id).SingleAsync());
        var editUrl = $"/review/{id}/comments/{commentId}/edit";
        var stale = (await client.GetDocumentAsync(editUrl)).QuerySelector("input[name='Comment.Stamp']")!.GetAttribute("value")!;
        Dictionary<string, string> Fields(string body, string stamp) => new()
        {
            ["Comment.Stamp"] = stamp,
            ["Comment.Section"] = "Overview",
            ["Comment.Body"] = body,
            ["Comment.Visibility"] = "Internal",
        };
        using (await client.SubmitFormAsync(editUrl, editUrl, Fields("From the first window", stale)))
        {
        }

        using var second = await client.SubmitFormAsync(editUrl, editUrl, Fields("From the second window", stale));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("changed in another window", (await AppClient.ParseAsync(second)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("From the first window", await app.WithDbAsync(db => db.ReviewComments.Where(c => c.Id == commentId).Select(c => c.Body).SingleAsync()));
    }

    [Fact]
    public async Task A_reviewer_cannot_change_another_reviewer_s_comment_nor_a_released_one()
    {
        var staff = await _scenario.StaffAsync();
        var first = await _scenario.ReviewerAsync();
        var second = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Comments of two reviewers", staff, first);
        using var firstClient = await _scenario.SignedInAsync(first);
        using (await ReviewScenario.CommentAsync(firstClient, id, "Add the CNA skills.", CommentVisibility.ForCollege, required: true))
        {
        }

        var commentId = await app.WithDbAsync(db => db.ReviewComments.Where(c => c.IetProposalId == id).Select(c => c.Id).SingleAsync());
        using (await firstClient.SubmitFormAsync($"/review/{id}", $"/review/{id}/assign", new Dictionary<string, string> { ["Assign.ReviewerId"] = second.Id }))
        {
        }

        using var secondClient = await _scenario.SignedInAsync(second);
        using var notTheirs = await secondClient.GetAsync($"/review/{id}/comments/{commentId}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);

        // The first reviewer takes it back, returns it (releasing the comment), and the college resubmits.
        using (await secondClient.SubmitFormAsync($"/review/{id}", $"/review/{id}/assign", new Dictionary<string, string> { ["Assign.ReviewerId"] = first.Id }))
        using (await ReviewScenario.ReturnAsync(firstClient, id))
        {
        }

        await _scenario.ResubmitAsync(id, staff, "Skills added.");
        using (await firstClient.SubmitFormAsync($"/review/{id}", $"/review/{id}/claim", new Dictionary<string, string>()))
        {
        }

        using var released = await firstClient.GetAsync($"/review/{id}/comments/{commentId}/edit");
        var page = await ReviewScenario.FollowAsync(firstClient, released);
        Assert.Contains("released to the college with a decision", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Add the CNA skills.", await app.WithDbAsync(db => db.ReviewComments.Where(c => c.Id == commentId).Select(c => c.Body).SingleAsync()));
    }

    /// <summary>Every page the college can open about its proposal, as text.</summary>
    private static async Task<string> CollegePagesAsync(AppClient staff, int id)
    {
        var text = ReviewScenario.Text(await staff.GetDocumentAsync($"/proposals/{id}"));
        text += ReviewScenario.Text(await staff.GetDocumentAsync($"/proposals/{id}/versions/1"));
        using var changes = await staff.GetAsync($"/proposals/{id}/changes");
        if (changes.StatusCode == HttpStatusCode.OK)
        {
            text += ReviewScenario.Text(await AppClient.ParseAsync(changes));
        }

        return text;
    }
}
