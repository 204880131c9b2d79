using System.Globalization;
using AngleSharp.Html.Dom;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Compliance;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

// The namespace is not "…Tests.Submission" like the folder: a namespace of that name would hide the domain's Submission
// type from every other test namespace of this project (IetPortal.Web.Tests.Review, for one).
namespace IetPortal.Web.Tests.Submissions;

/// <summary>A comment a reviewer writes before returning a proposal.</summary>
internal sealed record ReviewerComment(ProposalSection Section, string Body, bool IsRequiredChange = true, CommentVisibility Visibility = CommentVisibility.ForCollege);

/// <summary>
/// What the submission tests share: the complete CNA proposal in the database, signed-in clients, posting the
/// confirmation page the way a browser does, and the reviewer's side (claim and return with comments) set up through
/// the database, as the reviewer's pages would leave it.
/// </summary>
internal static class SubmissionScenario
{
    /// <summary>The warning a proposal without a minimum learner age raises (Wisconsin policy: 18 and older).</summary>
    public const string AgeWarning = "IET-WI-ELIGIBLE-AGE-STATED";

    public static Task<int> CnaAsync(IetPortalFactory app, Action<IetProposal>? change = null, string? title = null) =>
        app.WithDbAsync(db => CnaInDatabase.AddAsync(db, change, title));

    public static async Task<AppClient> SignedInAsync(IetPortalFactory app, TestUser user)
    {
        var client = app.CreateAppClient();
        await client.SignInAsync(user);
        return client;
    }

    public static async Task<AppClient> StaffAsync(IetPortalFactory app, string college = "MATC") =>
        await SignedInAsync(app, await app.CreateStaffAsync(college));

    /// <summary>Any antiforgery token of the signed-in user (the sign-out form carries one on every page).</summary>
    public static async Task<string> TokenAsync(AppClient client) =>
        (await client.GetDocumentAsync("/account/change-password")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    public static async Task<HttpResponseMessage> PostAsync(AppClient client, string url, Dictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await TokenAsync(client) };
        using var content = new FormUrlEncodedContent(values);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>
    /// Opens the confirmation page and sends it: the stamp it shows, the confirmation box (unless told not to) and a
    /// note per warning row, by rule id.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        AppClient client, int id, IReadOnlyDictionary<string, string>? notes = null, bool confirm = true, IHtmlDocument? page = null)
    {
        var url = $"/proposals/{id}/submit";
        page ??= await client.GetDocumentAsync(url);
        var fields = new Dictionary<string, string> { ["Form.Command"] = "submit" };
        if (page.QuerySelector("input[name='Form.Stamp']")?.GetAttribute("value") is { } stamp)
        {
            fields["Form.Stamp"] = stamp;
        }

        if (confirm)
        {
            fields["Form.Confirmed"] = "true";
        }

        foreach (var row in page.QuerySelectorAll("input[name^='Form.Acknowledgements'][name$='.RuleId']"))
        {
            var ruleId = row.GetAttribute("value")!;
            var name = row.GetAttribute("name")!;
            fields[name] = ruleId;
            if (notes is not null && notes.TryGetValue(ruleId, out var note))
            {
                fields[name.Replace(".RuleId", ".Note", StringComparison.Ordinal)] = note;
            }
        }

        return await PostAsync(client, url, fields);
    }

    public static Task<TestUser> ReviewerAsync(IetPortalFactory app) => app.CreateUserAsync(RoleNames.StateReviewer);

    /// <summary>
    /// The reviewer's round, as the review pages leave it: the proposal assigned to <paramref name="reviewer"/> and in
    /// review, the comments written on its latest version, then returned through the workflow (which releases the comments
    /// for the college) with a Returned decision on that version.
    /// </summary>
    public static Task<IReadOnlyList<int>> ReturnAsync(IetPortalFactory app, int proposalId, TestUser reviewer, params ReviewerComment[] comments) =>
        app.WithDbAsync<IReadOnlyList<int>>(async db =>
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == proposalId);
            var version = await db.ProposalVersions.Where(v => v.IetProposalId == proposalId).OrderByDescending(v => v.Number).FirstAsync();
            var actor = WorkflowActor.StateReviewer(reviewer.Id);
            if (proposal.Status == ProposalStatus.Submitted)
            {
                Assert.True(ProposalWorkflow.Claim(proposal, actor).IsAllowed);
            }

            var rows = comments.Select(c => new ReviewComment
            {
                IetProposalId = proposalId,
                ProposalVersionId = version.Id,
                AuthorId = reviewer.Id,
                Section = c.Section,
                Body = c.Body,
                Visibility = c.Visibility,
                IsRequiredChange = c.IsRequiredChange,
            }).ToList();
            db.ReviewComments.AddRange(rows);
            var now = DateTime.UtcNow;
            var result = ProposalWorkflow.Return(proposal, actor, rows, now);
            Assert.True(result.IsAllowed, result.Reason);
            db.ReviewDecisions.Add(new ReviewDecision
            {
                IetProposalId = proposalId,
                ProposalVersionId = version.Id,
                Kind = DecisionKind.Returned,
                DecidedAtUtc = now,
                DecidedByUserId = reviewer.Id,
            });
            await db.SaveChangesAsync();
            return rows.Select(r => r.Id).ToList();
        });

    /// <summary>A comment written but not yet released (the reviewer is still working): the college must not see it.</summary>
    public static Task<int> UnreleasedCommentAsync(IetPortalFactory app, int proposalId, TestUser reviewer, string body) =>
        app.WithDbAsync(async db =>
        {
            var comment = new ReviewComment
            {
                IetProposalId = proposalId,
                AuthorId = reviewer.Id,
                Section = ProposalSection.Overview,
                Body = body,
                Visibility = CommentVisibility.ForCollege,
                IsRequiredChange = true,
            };
            db.ReviewComments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });

    /// <summary>Answers a required change through its form on the changes page, with the stamp that page shows.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(AppClient client, int proposalId, int commentId, bool addressed, string? reply, string? stamp = null)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"Changes[{commentId}]");
        if (stamp is null)
        {
            var page = await client.GetDocumentAsync($"/proposals/{proposalId}/changes");
            stamp = page.QuerySelector($"input[name='{prefix}.Stamp']")!.GetAttribute("value")!;
        }

        return await PostAsync(client, $"/proposals/{proposalId}/changes/{commentId}", new()
        {
            [prefix + ".Stamp"] = stamp,
            [prefix + ".Addressed"] = addressed ? "true" : "false",
            [prefix + ".Reply"] = reply ?? "",
        });
    }

    public static Task<ProposalStatus> StatusAsync(IetPortalFactory app, int id) =>
        app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());

    public static Task<int> VersionCountAsync(IetPortalFactory app, int id) =>
        app.WithDbAsync(db => db.ProposalVersions.CountAsync(v => v.IetProposalId == id));

    /// <summary>Moves a proposal to a state through the database, for tests about what that state allows.</summary>
    public static async Task SetStatusAsync(IetPortalFactory app, int id, ProposalStatus status) =>
        await app.WithDbAsync(async db =>
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == id);
            proposal.Status = status;
            return await db.SaveChangesAsync();
        });
}
