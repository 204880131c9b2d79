using System.Net;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IetPortal.Web.Tests.Submissions.SubmissionScenario;

namespace IetPortal.Web.Tests.Submissions;

/// <summary>A returned proposal's required changes as the college's to-dos: listed, answered, guarded.</summary>
public sealed class RequiredChangesTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private const string IntegrationChange = "Describe how the ELL and nurse instructors co-plan each week.";
    private const string EquityChange = "Name the childcare partner and how learners reach it.";
    private const string Note = "The labor market evidence is convincing.";
    private const string InternalNote = "Check the WDA plan priorities again next round.";

    /// <summary>A CNA proposal submitted by the returned staff client, then returned with two required changes, a note and an internal note.</summary>
    private async Task<(AppClient Staff, int Id, IReadOnlyList<int> Comments, TestUser Reviewer)> ReturnedAsync()
    {
        var id = await CnaAsync(app);
        var staff = await StaffAsync(app);
        using var submitted = await SubmitAsync(staff, id);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var reviewer = await ReviewerAsync(app);
        var comments = await ReturnAsync(
            app,
            id,
            reviewer,
            new ReviewerComment(ProposalSection.Integration, IntegrationChange),
            new ReviewerComment(ProposalSection.EquityAndSupports, EquityChange),
            new ReviewerComment(ProposalSection.CareerPathway, Note, IsRequiredChange: false),
            new ReviewerComment(ProposalSection.CareerPathway, InternalNote, Visibility: CommentVisibility.Internal));
        return (staff, id, comments, reviewer);
    }

    [Fact]
    public async Task A_returned_proposal_lists_each_released_required_change_with_a_link_to_its_section()
    {
        var (staff, id, _, reviewer) = await ReturnedAsync();
        await UnreleasedCommentAsync(app, id, reviewer, "Not released yet: still being written.");

        var page = await staff.GetDocumentAsync($"/proposals/{id}/changes");
        var read = await staff.GetDocumentAsync($"/proposals/{id}");

        var todos = page.QuerySelectorAll(".ietportal-todo").Select(li => li.TextContent).ToList();
        Assert.Equal(2, todos.Count);
        Assert.Contains(todos, t => t.Contains(IntegrationChange, StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector($"a[href='/proposals/{id}/edit/integration']"));
        Assert.NotNull(page.QuerySelector($"a[href='/proposals/{id}/edit/equity']"));
        Assert.Contains(Note, page.QuerySelector("#notes-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(InternalNote, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Not released yet", page.Body!.TextContent, StringComparison.Ordinal);
        var required = read.QuerySelector("#required-changes-heading")!.ParentElement!.TextContent;
        Assert.Contains(EquityChange, required, StringComparison.Ordinal);
        Assert.Contains("0 of 2", required, StringComparison.Ordinal);
        Assert.DoesNotContain(InternalNote, read.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Resubmit", read.QuerySelectorAll(".ietportal-workflow .usa-button").Select(b => b.TextContent.Trim()));
        staff.Dispose();
    }

    [Fact]
    public async Task Marking_a_change_addressed_needs_a_reply()
    {
        var (staff, id, comments, _) = await ReturnedAsync();

        using var response = await AnswerAsync(staff, id, comments[0], addressed: true, reply: "  ");
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = page.QuerySelector("#error-summary a")!;
        Assert.Equal($"#Changes_{comments[0]}__Reply", link.GetAttribute("href"));
        Assert.Contains("Write a reply", link.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#Changes_{comments[0]}__Reply[aria-invalid='true']"));
        Assert.Null(await app.WithDbAsync(db => db.ReviewComments.Where(c => c.Id == comments[0]).Select(c => c.AddressedAtUtc).SingleAsync()));
        staff.Dispose();
    }

    [Fact]
    public async Task Marking_a_change_addressed_records_who_when_and_the_reply_in_the_history()
    {
        var (staff, id, comments, _) = await ReturnedAsync();

        using var response = await AnswerAsync(staff, id, comments[0], addressed: true, reply: "Added a weekly one-hour co-planning meeting to the integration section.");
        var page = await staff.GetDocumentAsync($"/proposals/{id}/changes");
        var read = await staff.GetDocumentAsync($"/proposals/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.ReviewComments.AsNoTracking().SingleAsync(c => c.Id == comments[0]));
        Assert.NotNull(stored.AddressedAtUtc);
        Assert.NotNull(stored.AddressedByUserId);
        Assert.Equal("Added a weekly one-hour co-planning meeting to the integration section.", stored.CollegeReply);
        Assert.Contains("1 of 2", page.QuerySelector("#todo-heading")!.NextElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Update reply: Integration", page.QuerySelector($"#change-{comments[0]} button[value='true']")!.TextContent);
        Assert.Contains("Required change marked addressed", read.QuerySelector("#history-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);

        using var undone = await AnswerAsync(staff, id, comments[0], addressed: false, reply: "Still being discussed with the instructors.");
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.ReviewComments.Where(c => c.Id == comments[0]).Select(c => c.AddressedAtUtc).SingleAsync()));
        staff.Dispose();
    }

    [Theory]
    [InlineData("Fixed\u202Edexif")]
    [InlineData("Fixed\u0007")]
    [InlineData(null)]
    public async Task Hidden_characters_and_overlong_replies_are_refused(string? reply)
    {
        var (staff, id, comments, _) = await ReturnedAsync();

        using var response = await AnswerAsync(staff, id, comments[1], addressed: true, reply: reply ?? new string('x', 8_001));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(response)).QuerySelector("#error-summary"));
        Assert.Null(await app.WithDbAsync(db => db.ReviewComments.Where(c => c.Id == comments[1]).Select(c => c.CollegeReply).SingleAsync()));
        staff.Dispose();
    }

    [Fact]
    public async Task A_colleague_answering_the_same_change_first_is_not_overwritten_silently()
    {
        var (staff, id, comments, _) = await ReturnedAsync();
        var page = await staff.GetDocumentAsync($"/proposals/{id}/changes");
        var stamp = page.QuerySelector($"input[name='Changes[{comments[1]}].Stamp']")!.GetAttribute("value");
        using var colleague = await StaffAsync(app);

        using var first = await AnswerAsync(colleague, id, comments[1], addressed: true, reply: "Partnered with the YWCA childcare center.", stamp);
        using var second = await AnswerAsync(staff, id, comments[1], addressed: true, reply: "Childcare vouchers through Employ Milwaukee.", stamp);
        var conflict = await AppClient.ParseAsync(second);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("A colleague answered this required change", conflict.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Partnered with the YWCA childcare center.", conflict.QuerySelector($"#change-{comments[1]}")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Childcare vouchers through Employ Milwaukee.", conflict.QuerySelector($"#Changes_{comments[1]}__Reply")!.TextContent);
        Assert.Equal("Partnered with the YWCA childcare center.", await app.WithDbAsync(db => db.ReviewComments.Where(c => c.Id == comments[1]).Select(c => c.CollegeReply).SingleAsync()));
        staff.Dispose();
    }

    [Fact]
    public async Task Changes_are_answered_only_while_the_proposal_is_returned()
    {
        var (staff, id, comments, _) = await ReturnedAsync();
        var stamp = (await staff.GetDocumentAsync($"/proposals/{id}/changes")).QuerySelector($"input[name='Changes[{comments[0]}].Stamp']")!.GetAttribute("value");
        await SetStatusAsync(app, id, ProposalStatus.Submitted);

        using var response = await AnswerAsync(staff, id, comments[0], addressed: true, reply: "Too late.", stamp);
        var page = await staff.GetDocumentAsync($"/proposals/{id}/changes");

        Assert.Equal($"/proposals/{id}", response.Headers.Location?.OriginalString);
        Assert.Null(page.QuerySelector("form[action^='/proposals/'][action*='/changes/']"));
        Assert.Null(await app.WithDbAsync(db => db.ReviewComments.Where(c => c.Id == comments[0]).Select(c => c.CollegeReply).SingleAsync()));
        staff.Dispose();
    }

    [Fact]
    public async Task Notes_internal_comments_and_other_proposals_comments_cannot_be_answered()
    {
        var (staff, id, comments, _) = await ReturnedAsync();
        var (other, otherId, _, _) = await ReturnedAsync();

        using var note = await AnswerAsync(staff, id, comments[2], addressed: true, reply: "Thanks", stamp: Guid.NewGuid().ToString());
        using var internalNote = await AnswerAsync(staff, id, comments[3], addressed: true, reply: "Seen", stamp: Guid.NewGuid().ToString());
        using var elsewhere = await AnswerAsync(other, otherId, comments[0], addressed: true, reply: "Wrong proposal", stamp: Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.NotFound, note.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, internalNote.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(ProposalStatus.Returned, await StatusAsync(app, id));
        staff.Dispose();
        other.Dispose();
    }
}
