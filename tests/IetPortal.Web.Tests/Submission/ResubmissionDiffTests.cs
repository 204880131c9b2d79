using System.Net;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Revisions;
using IetPortal.Web.Features.Submission;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IetPortal.Web.Tests.Submissions.SubmissionScenario;

namespace IetPortal.Web.Tests.Submissions;

/// <summary>Resubmission: version 2, the assigned reviewer's email, the diff against the returned version, version pages.</summary>
public sealed class ResubmissionDiffTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private const string NewSummary = "A 16-week cohort in which English language learners earn the WTCS Nursing Assistant technical diploma, with weekly co-planning.";

    /// <summary>Submitted as version 1, returned with one required change by <paramref name="reviewer"/>.</summary>
    private async Task<(AppClient Staff, int Id, int CommentId)> ReturnedAsync(TestUser reviewer)
    {
        var id = await CnaAsync(app);
        var staff = await StaffAsync(app);
        using var submitted = await SubmitAsync(staff, id);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var comments = await ReturnAsync(app, id, reviewer, new ReviewerComment(ProposalSection.Integration, "Say how the instructors co-plan."));
        return (staff, id, comments[0]);
    }

    /// <summary>What the college changes before resubmitting: two overview fields, one objective added, a partner removed.</summary>
    private async Task ReviseAsync(int id) => await app.WithDbAsync(async db =>
    {
        var proposal = await db.Proposals.WithWholeProposal().SingleAsync(p => p.Id == id);
        proposal.Summary = NewSummary;
        proposal.CohortCapacity = 20;
        proposal.LearningObjectives.Add(new LearningObjective
        {
            Position = 7,
            Statement = "Transfer a resident safely with a gait belt.",
            AdultEducationContent = "Sequence words in spoken instructions.",
            WorkforcePreparationActivity = "Working with others: asking for help.",
            WorkforceTrainingCompetency = "Safe transfers (nurse aide skill).",
            Assessment = "Skills check-off.",
        });
        db.ProposalPartners.Remove(proposal.Partners.Single(p => p.Name == "Lakeside Senior Living"));
        return await db.SaveChangesAsync();
    });

    private async Task<ResubmissionDiffModel?> DiffAsync(int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ResubmissionDiff>().ForAsync(id, CancellationToken.None);
    }

    [Fact]
    public async Task Resubmitting_a_returned_proposal_creates_version_2_and_emails_only_the_assigned_reviewer()
    {
        var reviewer = await ReviewerAsync(app);
        await ReviewerAsync(app);
        var (staff, id, _) = await ReturnedAsync(reviewer);

        var page = await staff.GetDocumentAsync($"/proposals/{id}/submit");
        using var response = await SubmitAsync(staff, id, page: page);

        Assert.Equal("Resubmit proposal", page.QuerySelector("button[name='Form.Command']")?.TextContent);
        Assert.Contains("0 of 1", page.QuerySelector("#answers-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(async db => new
        {
            Status = await db.Proposals.Where(p => p.Id == id).Select(p => new { p.Status, p.AssignedReviewerId }).SingleAsync(),
            Numbers = await db.ProposalVersions.Where(v => v.IetProposalId == id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync(),
            Resubmitted = await db.OutboxMessages.Where(m => m.IetProposalId == id && m.Kind == SubmissionEmails.ResubmittedKind).Select(m => m.ToAddress).ToListAsync(),
            Audit = await db.AuditEvents.Where(e => e.IetProposalId == id && e.Action == "Submitted version 2").Select(e => e.Details).ToListAsync(),
        });
        Assert.Equal(ProposalStatus.Submitted, stored.Status.Status);
        Assert.Equal(reviewer.Id, stored.Status.AssignedReviewerId);
        Assert.Equal([1, 2], stored.Numbers);
        Assert.Equal([reviewer.Email], stored.Resubmitted);
        Assert.StartsWith("Resubmitted after the return of version 1.", Assert.Single(stored.Audit), StringComparison.Ordinal);
        staff.Dispose();
    }

    [Fact]
    public async Task The_diff_lists_exactly_the_changed_fields_and_the_answers_to_the_required_changes()
    {
        var reviewer = await ReviewerAsync(app);
        var (staff, id, commentId) = await ReturnedAsync(reviewer);
        await ReviseAsync(id);
        using var answered = await AnswerAsync(staff, id, commentId, addressed: true, reply: "Weekly co-planning is now described.");
        Assert.Null(await DiffAsync(id));

        using var resubmitted = await SubmitAsync(staff, id);
        var diff = await DiffAsync(id);

        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.NotNull(diff);
        Assert.Equal(1, diff.ReturnedVersion);
        Assert.Equal(2, diff.ResubmittedVersion);
        var changes = diff.Sections.SelectMany(s => s.Changes.Select(c => (s.Title, c.Label, c.Kind))).ToList();
        Assert.Equal(
            new[]
            {
                ("Overview", "Summary", FieldChangeKind.Changed),
                ("Overview", "Cohort capacity", FieldChangeKind.Changed),
                ("Learning objectives", "Objective 7: Statement", FieldChangeKind.Added),
                ("Learning objectives", "Objective 7: Adult education content", FieldChangeKind.Added),
                ("Learning objectives", "Objective 7: Workforce preparation activity", FieldChangeKind.Added),
                ("Learning objectives", "Objective 7: Workforce training competency", FieldChangeKind.Added),
                ("Learning objectives", "Objective 7: Assessment", FieldChangeKind.Added),
                ("Partners and attachments", "Partner 2: Name", FieldChangeKind.Removed),
                ("Partners and attachments", "Partner 2: Type", FieldChangeKind.Removed),
                ("Partners and attachments", "Partner 2: Contribution", FieldChangeKind.Removed),
            }.Order(),
            changes.Order());
        var capacity = diff.Sections.Single(s => s.Title == "Overview").Changes.Single(c => c.Label == "Cohort capacity");
        Assert.Equal(("18", "20"), (capacity.Before, capacity.After));
        var summary = diff.Sections.Single(s => s.Title == "Overview").Changes.Single(c => c.Label == "Summary");
        Assert.Contains(summary.Inline!, s => s.Kind == TextSegmentKind.Added && s.Text.Contains("co-planning", StringComparison.Ordinal));
        Assert.Equal("Employer", diff.Sections.Single(s => s.Slug == "partners").Changes.Single(c => c.Label == "Partner 2: Type").Before);
        Assert.Contains("Career pathway and alignment", diff.UnchangedSections);
        var answer = Assert.Single(diff.RequiredChanges);
        Assert.True(answer.IsAddressed);
        Assert.Equal("Weekly co-planning is now described.", answer.Reply);
        staff.Dispose();
    }

    [Fact]
    public async Task The_college_reads_the_diff_in_words_on_the_read_view_of_the_resubmitted_proposal()
    {
        var reviewer = await ReviewerAsync(app);
        var (staff, id, _) = await ReturnedAsync(reviewer);
        await ReviseAsync(id);
        using var resubmitted = await SubmitAsync(staff, id);

        var read = await staff.GetDocumentAsync($"/proposals/{id}");

        var section = read.QuerySelector("#resubmission-diff-heading")!.ParentElement!;
        Assert.Equal("What changed since version 1 was returned", read.QuerySelector("#resubmission-diff-heading")!.TextContent);
        var rows = section.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Cohort capacity", StringComparison.Ordinal) && r.Contains("Changed from [removed: 18] to [added: 20]", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Objective 7: Statement", StringComparison.Ordinal) && r.Contains("Added: [added: Transfer a resident safely", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Partner 2: Name", StringComparison.Ordinal) && r.Contains("Removed: [removed: Lakeside Senior Living]", StringComparison.Ordinal));
        Assert.NotEmpty(section.QuerySelectorAll("del .usa-sr-only"));
        Assert.NotEmpty(section.QuerySelectorAll("ins .usa-sr-only"));
        Assert.Contains("Not marked addressed", section.TextContent, StringComparison.Ordinal);
        staff.Dispose();
    }

    [Fact]
    public async Task A_version_page_shows_the_snapshot_as_sent_even_after_the_proposal_changed()
    {
        var reviewer = await ReviewerAsync(app);
        var (staff, id, _) = await ReturnedAsync(reviewer);
        await ReviseAsync(id);
        using var reviewerClient = await SignedInAsync(app, reviewer);

        var version = await staff.GetDocumentAsync($"/proposals/{id}/versions/1");
        var asReviewer = await reviewerClient.GetAsync($"/proposals/{id}/versions/1");
        using var missing = await staff.GetAsync($"/proposals/{id}/versions/9");

        Assert.StartsWith("Version 1: ", version.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var overview = version.QuerySelector("#overview-heading")!.ParentElement!.TextContent;
        Assert.DoesNotContain(NewSummary, overview, StringComparison.Ordinal);
        Assert.Contains("18", overview, StringComparison.Ordinal);
        Assert.Contains("Lakeside Senior Living", version.QuerySelector("#partners-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(version.QuerySelector("a[href*='/edit/']"));
        Assert.Contains("rule set", version.QuerySelector("#version-compliance-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        asReviewer.Dispose();
        staff.Dispose();
    }
}
