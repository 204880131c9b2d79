using System.Net;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Features.Submission;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IetPortal.Web.Tests.Submissions.SubmissionScenario;

namespace IetPortal.Web.Tests.Submissions;

/// <summary>Submitting a draft: the confirmation page, the compliance gate, the stored version, audit and emails.</summary>
public sealed class SubmissionTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task The_confirmation_page_shows_the_counts_the_version_it_becomes_and_what_will_be_sent()
    {
        var id = await CnaAsync(app, p => p.MinimumAge = null);
        using var staff = await StaffAsync(app);

        var page = await staff.GetDocumentAsync($"/proposals/{id}/submit");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("version 1", text, StringComparison.Ordinal);
        Assert.Contains("no errors", page.QuerySelector("#submit-counts-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 warning", page.QuerySelector("#submit-counts-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Milwaukee Area Technical College", page.QuerySelector("#what-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Acknowledgement note: Minimum learner age stated", page.QuerySelector("label[for='Form_Acknowledgements_0__Note']")?.TextContent);
        Assert.Equal(SubmitPage.ConfirmationText, page.QuerySelector("label[for='Form_Confirmed-0']")?.TextContent);
        Assert.Equal("Submit proposal", page.QuerySelector("button[name='Form.Command']")?.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/proposals/{id}']"));
    }

    [Fact]
    public async Task Submitting_with_a_compliance_error_is_refused_and_the_error_links_to_its_field()
    {
        var id = await CnaAsync(app, p => p.RecruitmentStrategies = null);
        using var staff = await StaffAsync(app);
        var page = await staff.GetDocumentAsync($"/proposals/{id}/submit");
        var stamp = await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.ConcurrencyStamp).SingleAsync());

        using var response = await PostAsync(staff, $"/proposals/{id}/submit", new()
        {
            ["Form.Command"] = "submit",
            ["Form.Confirmed"] = "true",
            ["Form.Stamp"] = stamp.ToString(),
        });
        var refused = await AppClient.ParseAsync(response);

        Assert.Null(page.QuerySelector("button[name='Form.Command']"));
        Assert.Equal($"/proposals/{id}/edit/equity#Form_RecruitmentStrategies", page.QuerySelector("#finding-IET-WI-EQUITY-RECRUITMENT a")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = refused.QuerySelectorAll("#error-summary a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(("#finding-IET-WI-EQUITY-RECRUITMENT", "Not met, blocks submission: Equity plan: recruitment strategies."), links);
        Assert.Equal(ProposalStatus.Draft, await StatusAsync(app, id));
        Assert.Equal(0, await VersionCountAsync(app, id));
    }

    [Fact]
    public async Task Submitting_with_a_warning_left_without_a_note_is_refused_with_the_reason()
    {
        var id = await CnaAsync(app, p => p.MinimumAge = null);
        using var staff = await StaffAsync(app);

        using var response = await SubmitAsync(staff, id, new Dictionary<string, string> { [AgeWarning] = "   " });
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll("#error-summary a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(("#Form_Acknowledgements_0__Note", "Write a note acknowledging the warning: Minimum learner age stated."), links);
        Assert.NotNull(page.QuerySelector("#Form_Acknowledgements_0__Note[aria-invalid='true']"));
        Assert.Equal(ProposalStatus.Draft, await StatusAsync(app, id));
        Assert.Equal(0, await VersionCountAsync(app, id));
    }

    [Fact]
    public async Task Submitting_without_ticking_the_confirmation_is_refused_and_keeps_the_notes()
    {
        var id = await CnaAsync(app, p => p.MinimumAge = null);
        using var staff = await StaffAsync(app);

        using var response = await SubmitAsync(staff, id, new Dictionary<string, string> { [AgeWarning] = "Every learner is 18 or older by WIOA Title I referral." }, confirm: false);
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tick the box to confirm", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Form_Confirmed", page.QuerySelector("#error-summary a")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("fieldset#Form_Confirmed"));
        Assert.Equal("Every learner is 18 or older by WIOA Title I referral.", page.QuerySelector("#Form_Acknowledgements_0__Note")?.TextContent);
        Assert.Equal(0, await VersionCountAsync(app, id));
    }

    [Fact]
    public async Task A_successful_submission_stores_version_1_with_its_report_makes_the_draft_read_only_and_writes_audit_and_emails()
    {
        var id = await CnaAsync(app, p => p.MinimumAge = null);
        var reviewer = await ReviewerAsync(app);
        var conflicted = await ReviewerAsync(app);
        var matc = await app.CollegeIdAsync("MATC");
        await app.WithDbAsync(db =>
        {
            db.ConflictOfInterestDeclarations.Add(new ConflictOfInterestDeclaration { ReviewerId = conflicted.Id, CollegeId = matc, DeclaredAtUtc = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        using var staff = await StaffAsync(app);

        using var response = await SubmitAsync(staff, id, new Dictionary<string, string> { [AgeWarning] = "All learners come through WIOA Title I and are 18 or older." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/proposals/{id}", response.Headers.Location?.OriginalString);
        var stored = await app.WithDbAsync(async db => new
        {
            Proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id),
            Versions = await db.ProposalVersions.AsNoTracking().Where(v => v.IetProposalId == id).ToListAsync(),
            Audit = await db.AuditEvents.AsNoTracking().Where(e => e.IetProposalId == id && e.Action.StartsWith("Submitted")).ToListAsync(),
            Emails = await db.OutboxMessages.AsNoTracking().Where(m => m.IetProposalId == id).ToListAsync(),
            Eligible = await db.Users.Where(u => db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == "StateReviewer"))
                && !db.ConflictOfInterestDeclarations.Any(d => d.ReviewerId == u.Id && d.CollegeId == matc)).Select(u => u.Email!).ToListAsync(),
        });
        Assert.Equal(ProposalStatus.Submitted, stored.Proposal.Status);
        Assert.False(stored.Proposal.IsEditable);
        Assert.NotNull(stored.Proposal.SubmittedAtUtc);
        Assert.Equal(2, stored.Proposal.NextVersionNumber);
        var version = Assert.Single(stored.Versions);
        Assert.Equal(1, version.Number);
        Assert.Equal(RuleCatalogue.RuleSetVersion, version.RuleSetVersion);
        var report = ComplianceReport.FromJson(version.ComplianceReportJson);
        Assert.Equal(0, report.ErrorCount);
        Assert.Equal(1, report.WarningCount);
        Assert.Contains("All learners come through WIOA Title I", version.WarningAcknowledgementsJson, StringComparison.Ordinal);
        var snapshot = ProposalSnapshot.FromJson(version.SnapshotJson);
        Assert.Equal(stored.Proposal.Title, snapshot.Title);
        Assert.Equal("Milwaukee Area Technical College", snapshot.Names.CollegeName);
        Assert.StartsWith("Nursing", snapshot.Names.PathwayName, StringComparison.Ordinal);
        Assert.Equal(6, snapshot.Section<Features.Editor.LearningObjectivesForm>("learning-objectives").Objectives.Count);
        var audit = Assert.Single(stored.Audit);
        Assert.Equal("Submitted version 1", audit.Action);
        Assert.Contains(reviewer.Email, stored.Emails.Select(m => m.ToAddress));
        Assert.DoesNotContain(conflicted.Email, stored.Emails.Select(m => m.ToAddress));
        Assert.Equal(stored.Eligible.Order(StringComparer.OrdinalIgnoreCase), stored.Emails.Select(m => m.ToAddress).Order(StringComparer.OrdinalIgnoreCase));
        Assert.All(stored.Emails, m =>
        {
            Assert.Equal(SubmissionEmails.SubmittedKind, m.Kind);
            Assert.Contains($"https://localhost/review/{id}", m.BodyText, StringComparison.Ordinal);
            Assert.Null(m.SentAtUtc);
        });

        using var edit = await staff.GetAsync($"/proposals/{id}/edit/overview");
        Assert.Equal($"/proposals/{id}", edit.Headers.Location?.OriginalString);
        var read = await staff.GetDocumentAsync($"/proposals/{id}");
        Assert.Contains("Version 1", read.QuerySelector("#versions-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(read.QuerySelector($"a[href='/proposals/{id}/submit']"));
    }

    [Fact]
    public async Task A_page_opened_before_a_colleague_edited_the_proposal_asks_to_review_it_again()
    {
        var id = await CnaAsync(app);
        using var staff = await StaffAsync(app);
        var page = await staff.GetDocumentAsync($"/proposals/{id}/submit");
        await app.WithDbAsync(async db =>
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == id);
            proposal.Summary = "Changed by a colleague after the confirmation page was opened.";
            return await db.SaveChangesAsync();
        });

        using var stale = await SubmitAsync(staff, id, page: page);
        var again = await AppClient.ParseAsync(stale);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("A colleague changed the proposal after this page was opened", again.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await VersionCountAsync(app, id));
        using var confirmed = await SubmitAsync(staff, id, page: again);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(1, await VersionCountAsync(app, id));
    }

    [Fact]
    public async Task A_proposal_withdrawn_by_a_colleague_meanwhile_is_not_submitted_and_the_reason_is_shown()
    {
        var id = await CnaAsync(app);
        using var staff = await StaffAsync(app);
        using var colleague = await StaffAsync(app);
        var page = await staff.GetDocumentAsync($"/proposals/{id}/submit");
        using var withdrawn = await PostAsync(colleague, $"/proposals/{id}/withdraw", new() { ["Form.Reason"] = "The employer partner left." });

        using var response = await SubmitAsync(staff, id, page: page);
        var read = await staff.GetDocumentAsync($"/proposals/{id}");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/proposals/{id}", response.Headers.Location?.OriginalString);
        Assert.Contains("it is withdrawn", read.QuerySelector(".ietportal-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Withdrawn, await StatusAsync(app, id));
        Assert.Equal(0, await VersionCountAsync(app, id));
    }

    [Fact]
    public async Task Notes_posted_from_the_check_page_fill_in_the_confirmation_without_sending_anything()
    {
        var id = await CnaAsync(app, p => p.MinimumAge = null);
        using var staff = await StaffAsync(app);

        using var response = await PostAsync(staff, $"/proposals/{id}/submit", new()
        {
            ["Form.Acknowledgements[0].RuleId"] = AgeWarning,
            ["Form.Acknowledgements[0].Note"] = "Learners are referred by the job center at 18 or older.",
        });
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#error-summary"));
        Assert.Equal("Learners are referred by the job center at 18 or older.", page.QuerySelector("#Form_Acknowledgements_0__Note")?.TextContent);
        Assert.Equal(0, await VersionCountAsync(app, id));
    }
}
