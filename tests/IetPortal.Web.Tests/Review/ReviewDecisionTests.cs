using System.Net;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Review;

/// <summary>Return and Approve through HTTP: the guards with their messages, what a decision records, and its emails.</summary>
public sealed class ReviewDecisionTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private readonly ReviewScenario _scenario = new(app);

    [Fact]
    public async Task Returning_without_a_required_change_is_refused_with_the_reason_and_an_internal_note_does_not_count()
    {
        var (id, client) = await InReviewAsync("Return without a required change");
        using (await ReviewScenario.CommentAsync(client, id, "Internal: check the WDA plan.", CommentVisibility.Internal))
        using (await ReviewScenario.CommentAsync(client, id, "Nice integration plan.", CommentVisibility.ForCollege))
        {
        }

        using var response = await ReviewScenario.ReturnAsync(client, id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        var summary = page.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Write at least one required change for the college before returning the proposal.", summary, StringComparison.Ordinal);
        Assert.Equal("#Return", page.QuerySelector("#error-summary a")!.GetAttribute("href"));
        Assert.Equal(ProposalStatus.InReview, await _scenario.StatusAsync(id));
        Assert.Empty(await _scenario.DecisionsAsync(id));
        Assert.Empty(await app.WithDbAsync(db => db.ReviewComments.Where(c => c.IetProposalId == id && c.ReleasedAtUtc != null).ToListAsync()));
    }

    [Fact]
    public async Task Returning_needs_a_summary_for_the_college()
    {
        var (id, client) = await InReviewAsync("Return without a summary");
        using (await ReviewScenario.CommentAsync(client, id, "Add a CNA competency to objective 3.", CommentVisibility.ForCollege, required: true))
        {
        }

        using var response = await ReviewScenario.ReturnAsync(client, id, summary: "  ");

        var page = await AppClient.ParseAsync(response);
        Assert.Contains("Write a short summary of the return for the college.", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.InReview, await _scenario.StatusAsync(id));
    }

    [Fact]
    public async Task A_return_records_the_decision_releases_the_college_comments_keeps_internal_notes_and_emails_the_authors()
    {
        var staff = await _scenario.StaffAsync();
        var coAuthor = await _scenario.StaffAsync();
        var bystander = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Returned with required changes", staff, reviewer);
        await AuthoredByAsync(id, coAuthor);
        using var client = await _scenario.SignedInAsync(reviewer);
        using (await ReviewScenario.CommentAsync(client, id, "Objective 3 names no workforce training competency.", CommentVisibility.ForCollege, required: true))
        using (await ReviewScenario.CommentAsync(client, id, "Internal: the overlap hours look generous.", CommentVisibility.Internal))
        {
        }

        using var response = await ReviewScenario.ReturnAsync(client, id, "Please connect each objective to the CNA skills.");

        var page = await ReviewScenario.FollowAsync(client, response);
        Assert.Contains("returned to the college with 1 required change", ReviewScenario.Text(page), StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Returned, await _scenario.StatusAsync(id));
        var decision = Assert.Single(await _scenario.DecisionsAsync(id));
        Assert.Equal(DecisionKind.Returned, decision.Kind);
        Assert.Equal(reviewer.Id, decision.DecidedByUserId);
        Assert.Equal("Please connect each objective to the CNA skills.", decision.Summary);
        var comments = await app.WithDbAsync(db => db.ReviewComments.AsNoTracking().Where(c => c.IetProposalId == id).ToListAsync());
        Assert.NotNull(comments.Single(c => c.Visibility == CommentVisibility.ForCollege).ReleasedAtUtc);
        Assert.Null(comments.Single(c => c.Visibility == CommentVisibility.Internal).ReleasedAtUtc);

        var returned = (await _scenario.OutboxAsync(id)).Where(m => m.Kind == "ProposalReturned").ToList();
        Assert.Equal(new[] { staff.Email, coAuthor.Email }.Order(StringComparer.OrdinalIgnoreCase), returned.Select(m => m.ToAddress).Order(StringComparer.OrdinalIgnoreCase));
        Assert.DoesNotContain(returned, m => m.ToAddress == bystander.Email);
        Assert.All(returned, m => Assert.Contains($"https://localhost/proposals/{id}", m.BodyText, StringComparison.Ordinal));
        Assert.All(returned, m => Assert.DoesNotContain("overlap hours look generous", m.BodyText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_any_author_in_the_audit_trail_every_staff_member_of_the_college_is_emailed()
    {
        var staff = await _scenario.StaffAsync("MADISON");
        var colleague = await _scenario.StaffAsync("MADISON");
        var otherCollege = await _scenario.StaffAsync("MATC");
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.SubmittedAsync("Imported without history", staff, recordAuthor: false);
        await _scenario.ClaimInDatabaseAsync(id, reviewer);
        using var client = await _scenario.SignedInAsync(reviewer);
        await ReviewScenario.RateAllAsync(client, id);

        using var response = await ReviewScenario.ApproveAsync(client, id, "IET-2027-0100");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var recipients = (await _scenario.OutboxAsync(id)).Where(m => m.Kind == "ProposalApproved").Select(m => m.ToAddress).ToList();
        Assert.Contains(staff.Email, recipients, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(colleague.Email, recipients, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(otherCollege.Email, recipients, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Approving_with_an_unrated_criterion_is_refused_and_names_it()
    {
        var (id, client) = await InReviewAsync("Approve with a criterion unrated");
        await ReviewScenario.RateAllAsync(client, id, leaveOut: ReviewCriterion.Simultaneous);

        var confirmation = await client.GetDocumentAsync($"/review/{id}/approve");
        Assert.Contains("not rated: Simultaneous", confirmation.QuerySelector("#not-ready-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        using var response = await ReviewScenario.ApproveAsync(client, id, "IET-2027-0200");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("Rate every checklist criterion before approving; not rated: Simultaneous.", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Checklist", page.QuerySelector("#error-summary a")!.GetAttribute("href"));
        Assert.Equal(ProposalStatus.InReview, await _scenario.StatusAsync(id));
        Assert.Empty(await _scenario.DecisionsAsync(id));
    }

    [Fact]
    public async Task Approving_with_a_criterion_rated_needs_revision_is_refused()
    {
        var (id, client) = await InReviewAsync("Approve with needs revision");
        await ReviewScenario.RateAllAsync(client, id, CriterionRatingValue.NeedsRevision);

        using var response = await ReviewScenario.ApproveAsync(client, id, "IET-2027-0300");

        var page = await AppClient.ParseAsync(response);
        Assert.Contains("cannot be approved", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await _scenario.DecisionsAsync(id));
    }

    [Fact]
    public async Task The_approval_form_checks_the_number_and_the_effective_period()
    {
        var (id, client) = await InReviewAsync("Approval details checked");
        await ReviewScenario.RateAllAsync(client, id);

        using var response = await ReviewScenario.ApproveAsync(client, id, "IET 2027 <0042>", new DateOnly(2027, 7, 1), new DateOnly(2027, 6, 30));

        var summary = (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Enter the approval number with letters, digits, spaces and - . / # only", summary, StringComparison.Ordinal);
        Assert.Contains("The approval cannot end before it takes effect.", summary, StringComparison.Ordinal);
        using var blank = await ReviewScenario.ApproveAsync(client, id, "");
        Assert.Contains("Enter the approval number, like IET-2027-0042.", (await AppClient.ParseAsync(blank)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await _scenario.DecisionsAsync(id));
    }

    [Fact]
    public async Task An_approval_number_already_used_is_refused_whatever_its_case()
    {
        var (first, firstClient) = await InReviewAsync("First approval");
        await ReviewScenario.RateAllAsync(firstClient, first);
        using (var approved = await ReviewScenario.ApproveAsync(firstClient, first, "IET-2027-0400"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        var (second, secondClient) = await InReviewAsync("Second approval");
        await ReviewScenario.RateAllAsync(secondClient, second);
        using var response = await ReviewScenario.ApproveAsync(secondClient, second, "iet-2027-0400");

        Assert.Contains("is already used by another approval", (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await _scenario.DecisionsAsync(second));
    }

    [Fact]
    public async Task An_approval_shows_a_confirmation_then_records_the_decision_releases_comments_and_emails_the_authors_a_link_to_the_letter()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Approved CNA IET", staff, reviewer);
        using var client = await _scenario.SignedInAsync(reviewer);
        await ReviewScenario.RateAllAsync(client, id);
        using (await ReviewScenario.CommentAsync(client, id, "A strong equity plan.", CommentVisibility.ForCollege))
        {
        }

        var confirmation = await client.GetDocumentAsync($"/review/{id}/approve");
        Assert.Contains("1 comment is released to the college with the approval", ReviewScenario.Text(confirmation), StringComparison.Ordinal);
        Assert.Null(confirmation.QuerySelector("#not-ready-heading"));
        using var response = await ReviewScenario.ApproveAsync(client, id, " IET-2027-0042 ", new DateOnly(2027, 7, 1), new DateOnly(2030, 6, 30));

        var page = await ReviewScenario.FollowAsync(client, response);
        Assert.Contains("Approved as IET-2027-0042.", ReviewScenario.Text(page), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/proposals/{id}/decision-letter']"));
        Assert.Equal(ProposalStatus.Approved, await _scenario.StatusAsync(id));
        var decision = Assert.Single(await _scenario.DecisionsAsync(id));
        Assert.Equal(("IET-2027-0042", new DateOnly(2027, 7, 1), new DateOnly(2030, 6, 30)), (decision.ApprovalNumber, decision.EffectiveFrom, decision.EffectiveTo));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), DateOnly.FromDateTime(decision.DecidedAtUtc));
        Assert.Equal(reviewer.Id, decision.DecidedByUserId);
        Assert.NotNull(await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.ApprovedAtUtc).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.ReviewComments.AllAsync(c => c.IetProposalId != id || c.ReleasedAtUtc != null)));
        var approved = Assert.Single(await _scenario.OutboxAsync(id), m => m.Kind == "ProposalApproved");
        Assert.Equal(staff.Email, approved.ToAddress, ignoreCase: true);
        Assert.Contains($"https://localhost/proposals/{id}/decision-letter", approved.BodyText, StringComparison.Ordinal);
        Assert.Contains("IET-2027-0042", approved.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claiming_and_assigning_email_the_reviewer_who_gets_the_proposal()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var colleague = await _scenario.ReviewerAsync();
        var id = await _scenario.SubmittedAsync("Assignment emails", staff);
        using var client = await _scenario.SignedInAsync(reviewer);

        using (var claimed = await client.SubmitFormAsync($"/review/{id}", $"/review/{id}/claim", new Dictionary<string, string>()))
        using (var assigned = await client.SubmitFormAsync($"/review/{id}", $"/review/{id}/assign", new Dictionary<string, string> { ["Assign.ReviewerId"] = colleague.Id }))
        {
            Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        }

        var messages = (await _scenario.OutboxAsync(id)).Where(m => m.Kind == "ReviewerAssigned").ToList();
        Assert.Equal([reviewer.Email, colleague.Email], messages.Select(m => m.ToAddress), StringComparer.OrdinalIgnoreCase);
        Assert.All(messages, m => Assert.Contains($"https://localhost/review/{id}", m.BodyText, StringComparison.Ordinal));
        Assert.Equal(colleague.Id, await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.AssignedReviewerId).SingleAsync()));
    }

    [Fact]
    public async Task A_resubmission_shows_the_reviewer_what_changed_since_the_return_and_can_then_be_approved()
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync("Full review loop", staff, reviewer);
        using var client = await _scenario.SignedInAsync(reviewer);
        using (await ReviewScenario.CommentAsync(client, id, "Describe the clinical placement.", CommentVisibility.ForCollege, required: true, section: Domain.Proposals.ProposalSection.Overview))
        using (await ReviewScenario.ReturnAsync(client, id))
        {
        }

        await _scenario.ResubmitAsync(id, staff, "Sixteen weeks, with a clinical placement at a partner nursing home.");
        using (await client.SubmitFormAsync($"/review/{id}", $"/review/{id}/claim", new Dictionary<string, string>()))
        {
        }

        var page = await client.GetDocumentAsync($"/review/{id}");
        var diff = page.QuerySelector("#resubmission-diff-heading")!.ParentElement!.TextContent;
        Assert.Contains("What changed since version 1 was returned", diff, StringComparison.Ordinal);
        Assert.Contains("clinical placement", diff, StringComparison.Ordinal);
        Assert.Contains("Version 2", ReviewScenario.Text(page), StringComparison.Ordinal);

        await ReviewScenario.RateAllAsync(client, id);
        using var approved = await ReviewScenario.ApproveAsync(client, id, "IET-2027-0500");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var decisions = await _scenario.DecisionsAsync(id);
        Assert.Equal([DecisionKind.Returned, DecisionKind.Approved], decisions.OrderBy(d => d.Id).Select(d => d.Kind));
    }

    private async Task<(int Id, AppClient Client)> InReviewAsync(string title)
    {
        var staff = await _scenario.StaffAsync();
        var reviewer = await _scenario.ReviewerAsync();
        var id = await _scenario.InReviewAsync(title, staff, reviewer);
        return (id, await _scenario.SignedInAsync(reviewer));
    }

    private async Task AuthoredByAsync(int id, TestUser author) =>
        await app.WithDbAsync(async db =>
        {
            db.AuditEvents.Add(new Domain.Auditing.AuditEvent
            {
                OccurredAtUtc = DateTime.UtcNow,
                UserId = author.Id,
                IetProposalId = id,
                EntityType = "IetProposal",
                Action = "Section saved",
            });
            return await db.SaveChangesAsync();
        });
}
