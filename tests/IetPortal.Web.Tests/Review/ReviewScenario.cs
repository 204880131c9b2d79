using System.Net;
using AngleSharp.Html.Dom;
using IetPortal.Domain.Auditing;
using IetPortal.Domain.Common;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Proposals;
using IetPortal.Web.Features.Submission;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Review;

/// <summary>
/// Proposals submitted through the domain's workflow straight into the app's database, the people of a review, and the
/// pages and forms a test reads. Every test makes its own proposals and users, so tests sharing a class's database do
/// not see each other's work (queries filter by what the test made).
/// </summary>
internal sealed class ReviewScenario(IetPortalFactory app)
{
    public const string ReviewerCollege = "MATC";

    public IetPortalFactory App => app;

    /// <summary>A compliance report with every rule met but one warning the college acknowledged, as a real submission has.</summary>
    public static ComplianceReport Report(string evidence = "Checked at submission.")
    {
        var findings = RuleCatalogue.All.Select(rule => rule.Severity == RuleSeverity.Warning && rule.Id == "IET-WI-IN-DEMAND"
            ? RuleFinding.From(rule, RuleResult.NeedsAttention("The occupation is not listed as in demand in WDA 2.", "Explain the local demand."))
            : RuleFinding.From(rule, RuleResult.Met(evidence))).ToList();
        return new ComplianceReport(RuleCatalogue.RuleSetVersion, findings, ComplianceThresholds.Defaults);
    }

    public Task<TestUser> StaffAsync(string collegeCode = ReviewerCollege) => app.CreateStaffAsync(collegeCode);

    public Task<TestUser> ReviewerAsync() => app.CreateUserAsync(RoleNames.StateReviewer);

    public Task<TestUser> AdministratorAsync() => app.CreateUserAsync(RoleNames.Administrator);

    /// <summary>A reviewer who declared a conflict of interest with a college.</summary>
    public async Task<TestUser> ConflictedReviewerAsync(string collegeCode = ReviewerCollege)
    {
        var reviewer = await ReviewerAsync();
        var collegeId = await app.CollegeIdAsync(collegeCode);
        await app.WithDbAsync(async db =>
        {
            db.ConflictOfInterestDeclarations.Add(new ConflictOfInterestDeclaration
            {
                ReviewerId = reviewer.Id,
                CollegeId = collegeId,
                Reason = "Former employee",
                DeclaredAtUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return reviewer;
    }

    public async Task<AppClient> SignedInAsync(TestUser user)
    {
        var client = app.CreateAppClient();
        await client.SignInAsync(user);
        return client;
    }

    /// <summary>
    /// A draft written by <paramref name="author"/> (the audit trail says so) and submitted as version 1 through
    /// <see cref="ProposalWorkflow.Submit"/>, <paramref name="daysAgo"/> days ago.
    /// </summary>
    public async Task<int> SubmittedAsync(
        string title, TestUser author, int daysAgo = 0, string? pathway = null, Action<IetProposal>? configure = null, bool recordAuthor = true)
    {
        ArgumentNullException.ThrowIfNull(author);
        var collegeId = author.CollegeId ?? throw new ArgumentException("The author is college staff.", nameof(author));
        return await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, title);
            proposal.Summary = "Sixteen weeks of nursing assistant training with English taught in the lab.";
            if (pathway is not null)
            {
                proposal.CareerPathwayId = await db.CareerPathways.Where(w => w.Name == pathway).Select(w => w.Id).FirstAsync();
            }

            configure?.Invoke(proposal);
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            if (recordAuthor)
            {
                db.AuditEvents.Add(new AuditEvent
                {
                    OccurredAtUtc = DateTime.UtcNow,
                    UserId = author.Id,
                    IetProposalId = proposal.Id,
                    EntityType = nameof(IetProposal),
                    EntityId = proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Action = "Section saved",
                    Section = nameof(ProposalSection.Overview),
                });
            }

            var result = await SubmitAsync(db, proposal, author, WorkflowAction.Submit, DateTime.UtcNow.AddDays(-daysAgo));
            Assert.True(result.IsAllowed, result.Reason);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
    }

    /// <summary>Submitted, then claimed by <paramref name="reviewer"/> through the workflow: in review and assigned.</summary>
    public async Task<int> InReviewAsync(string title, TestUser author, TestUser reviewer, int daysAgo = 0)
    {
        var id = await SubmittedAsync(title, author, daysAgo);
        await ClaimInDatabaseAsync(id, reviewer);
        return id;
    }

    public async Task ClaimInDatabaseAsync(int id, TestUser reviewer) =>
        await app.WithDbAsync(async db =>
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == id);
            var result = ProposalWorkflow.Claim(proposal, WorkflowActor.StateReviewer(reviewer.Id));
            Assert.True(result.IsAllowed, result.Reason);
            return await db.SaveChangesAsync();
        });

    /// <summary>The college withdraws it through the workflow.</summary>
    public async Task WithdrawAsync(int id, TestUser author) =>
        await app.WithDbAsync(async db =>
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == id);
            var result = ProposalWorkflow.Withdraw(proposal, WorkflowActor.CollegeStaff(author.Id, author.CollegeId!.Value));
            Assert.True(result.IsAllowed, result.Reason);
            return await db.SaveChangesAsync();
        });

    /// <summary>The college resubmits a returned proposal through the workflow (version N+1), with one field changed.</summary>
    public async Task ResubmitAsync(int id, TestUser author, string newSummary) =>
        await app.WithDbAsync(async db =>
        {
            var proposal = await db.Proposals.WithWholeProposal().SingleAsync(p => p.Id == id);
            proposal.Summary = newSummary;
            var result = await SubmitAsync(db, proposal, author, WorkflowAction.Resubmit, DateTime.UtcNow);
            Assert.True(result.IsAllowed, result.Reason);
            return await db.SaveChangesAsync();
        });

    /// <summary>Rates every criterion through the review page's form, as the assigned reviewer does.</summary>
    public static async Task RateAllAsync(AppClient reviewer, int id, CriterionRatingValue value = CriterionRatingValue.Meets, ReviewCriterion? leaveOut = null)
    {
        var fields = new Dictionary<string, string>();
        var page = await reviewer.GetDocumentAsync($"/review/{id}");
        fields["Ratings.Stamp"] = page.QuerySelector("input[name='Ratings.Stamp']")?.GetAttribute("value") ?? "";
        var index = 0;
        foreach (var criterion in Enum.GetValues<ReviewCriterion>())
        {
            fields[$"Ratings.Rows[{index}].Criterion"] = criterion.ToString();
            fields[$"Ratings.Rows[{index}].Rating"] = criterion == leaveOut ? "" : value.ToString();
            fields[$"Ratings.Rows[{index}].Comment"] = $"Checked {criterion} against the proposal.";
            index++;
        }

        using var response = await reviewer.SubmitFormAsync($"/review/{id}", $"/review/{id}/ratings", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Adds a comment through the review page's form.</summary>
    public static async Task<HttpResponseMessage> CommentAsync(
        AppClient reviewer, int id, string body, CommentVisibility visibility, bool required = false, ProposalSection section = ProposalSection.LearningObjectives)
    {
        var fields = new Dictionary<string, string>
        {
            ["Comment.Section"] = section.ToString(),
            ["Comment.Body"] = body,
            ["Comment.Visibility"] = visibility.ToString(),
        };
        if (required)
        {
            fields["Comment.IsRequiredChange"] = "true";
        }

        return await reviewer.SubmitFormAsync($"/review/{id}", $"/review/{id}/comments", fields);
    }

    public static Task<HttpResponseMessage> ReturnAsync(AppClient reviewer, int id, string summary = "Please tighten the learning objectives.") =>
        reviewer.SubmitFormAsync($"/review/{id}", $"/review/{id}/return", new Dictionary<string, string> { ["Return.Summary"] = summary });

    public static Task<HttpResponseMessage> ApproveAsync(AppClient reviewer, int id, string number, DateOnly? from = null, DateOnly? to = null) =>
        reviewer.SubmitFormAsync($"/review/{id}/approve", $"/review/{id}/approve", new Dictionary<string, string>
        {
            ["Approve.ApprovalNumber"] = number,
            ["Approve.EffectiveFrom"] = (from ?? new DateOnly(2027, 7, 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Approve.EffectiveTo"] = (to ?? new DateOnly(2030, 6, 30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>Posts a form the page does not show (the action is not offered to this user), with a token from a page that has one.</summary>
    public static async Task<HttpResponseMessage> PostWithoutFormAsync(AppClient client, string tokenPage, string action, IReadOnlyDictionary<string, string>? fields = null)
    {
        var page = await client.GetDocumentAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{tokenPage} has no antiforgery token");
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(values);
        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Follows a redirect and returns the page it leads to.</summary>
    public static async Task<IHtmlDocument> FollowAsync(AppClient client, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        return await client.GetDocumentAsync(location.IsAbsoluteUri ? location.PathAndQuery + location.Fragment : location.OriginalString);
    }

    public static string Text(IHtmlDocument page) => page.Body?.TextContent ?? "";

    public Task<ProposalStatus> StatusAsync(int id) => app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());

    public Task<List<ReviewDecision>> DecisionsAsync(int id) => app.WithDbAsync(db => db.ReviewDecisions.AsNoTracking().Where(d => d.IetProposalId == id).ToListAsync());

    public Task<List<Domain.Notifications.OutboxMessage>> OutboxAsync(int id) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.IetProposalId == id).OrderBy(m => m.CreatedAtUtc).ToListAsync());

    private static async Task<TransitionResult> SubmitAsync(
        IetPortalDbContext db, IetProposal proposal, TestUser author, WorkflowAction action, DateTime at)
    {
        var snapshot = ProposalSnapshot.Of(proposal, await ReferenceNames.LoadAsync(db, proposal, CancellationToken.None), []);
        var acknowledgements = new Dictionary<string, string> { ["IET-WI-IN-DEMAND"] = "The WDA 2 plan lists CNAs as a growing need." };
        var submission = new Submission(Report(), acknowledgements, snapshot.ToJson());
        var actor = WorkflowActor.CollegeStaff(author.Id, author.CollegeId!.Value);
        return action == WorkflowAction.Resubmit
            ? ProposalWorkflow.Resubmit(proposal, actor, submission, DateTime.SpecifyKind(at, DateTimeKind.Utc))
            : ProposalWorkflow.Submit(proposal, actor, submission, DateTime.SpecifyKind(at, DateTimeKind.Utc));
    }
}
