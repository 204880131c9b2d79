using System.Net;
using System.Text.RegularExpressions;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Notifications;
using IetPortal.Web.Features.Review;
using IetPortal.Web.Features.Submission;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.Review;
using IetPortal.Web.Tests.Submissions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace IetPortal.Web.Tests.Notifications;

/// <summary>
/// The SMTP app with a public address of its own, unlike the address the test client uses, so a link built from the
/// request instead of <c>Email:PublicBaseUrl</c> shows.
/// </summary>
public sealed class LoopEmailAppFactory : SmtpAppFactory
{
    public const string PublicBaseUrl = "https://iet.wtcs.example.org/portal";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:PublicBaseUrl", PublicBaseUrl + "/");
    }
}

/// <summary>
/// Issue 5's notifications over the whole review loop, through the app's HTTP endpoints and a real SMTP server:
/// submit → every reviewer without a conflict of interest; claim and assign → that reviewer; return and approve → the
/// college's authors; resubmit → the assigned reviewer. Each message arrives exactly once (dispatching twice sends
/// nothing more), to the right people only, with links to the right absolute addresses.
/// </summary>
public sealed class LoopEmailTests(LoopEmailAppFactory app) : IClassFixture<LoopEmailAppFactory>
{
    private const string From = "notifications@ietportal.test";
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(10);
    private static readonly Regex Links = new(@"https?://\S+", RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    private readonly HashSet<Guid> _seen = [];

    [Fact]
    public async Task Every_email_of_the_review_loop_reaches_the_smtp_server_once_with_its_recipients_and_links()
    {
        var sink = SmtpSink.Require();
        var title = $"CNA loop email {Guid.NewGuid():N}";
        var author = await app.CreateStaffAsync("MATC");
        var colleague = await app.CreateStaffAsync("MATC");
        var otherCollege = await app.CreateStaffAsync("MADISON");
        var first = await app.CreateUserAsync(RoleNames.StateReviewer);
        var second = await app.CreateUserAsync(RoleNames.StateReviewer);
        var administrator = await app.CreateUserAsync(RoleNames.Administrator);
        var scenario = new ReviewScenario(app);
        var conflicted = await scenario.ConflictedReviewerAsync("MATC");
        var id = await app.WithDbAsync(db => Compliance.CnaInDatabase.AddAsync(db, p => p.MinimumAge = null, title));
        var review = $"{LoopEmailAppFactory.PublicBaseUrl}/review/{id}";
        var proposal = $"{LoopEmailAppFactory.PublicBaseUrl}/proposals/{id}";

        using var authorClient = await scenario.SignedInAsync(author);
        using var firstClient = await scenario.SignedInAsync(first);
        using var secondClient = await scenario.SignedInAsync(second);
        using var adminClient = await scenario.SignedInAsync(administrator);

        // Submit: every reviewer free of a conflict of interest with MATC.
        await SubmitAsync(authorClient, id);
        await AssertDeliveredAsync(sink, id, SubmissionEmails.SubmittedKind, [first.Email, second.Email], review);

        // Claim: the reviewer who claimed it. Assign (the administrator hands it to another reviewer): that reviewer.
        await PostOkAsync(firstClient, $"/review/{id}", $"/review/{id}/claim", []);
        await AssertDeliveredAsync(sink, id, ReviewNotifications.ReviewerAssignedKind, [first.Email], review);
        await PostOkAsync(adminClient, $"/review/{id}", $"/review/{id}/assign", new() { ["Assign.ReviewerId"] = second.Id, ["Assign.ReturnUrl"] = $"/review/{id}" });
        await AssertDeliveredAsync(sink, id, ReviewNotifications.ReviewerAssignedKind, [second.Email], review);

        // Return: the college's authors (the staff member who submitted it), not every colleague.
        using (var comment = await ReviewScenario.CommentAsync(secondClient, id, "State the co-planning hours.", CommentVisibility.ForCollege, required: true, section: ProposalSection.Integration))
        {
            Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        }

        using (var internalNote = await ReviewScenario.CommentAsync(secondClient, id, "Check at the site visit.", CommentVisibility.Internal))
        {
            Assert.Equal(HttpStatusCode.Redirect, internalNote.StatusCode);
        }

        using (var returned = await ReviewScenario.ReturnAsync(secondClient, id))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        Assert.Equal(ProposalStatus.Returned, await scenario.StatusAsync(id));
        var returnEmail = await AssertDeliveredAsync(sink, id, ReviewNotifications.ProposalReturnedKind, [author.Email], proposal);
        Assert.DoesNotContain("Check at the site visit.", returnEmail.Single().TextBody ?? "", StringComparison.Ordinal);

        // Resubmit: only the reviewer it is assigned to.
        var changeId = await app.WithDbAsync(db => db.ReviewComments.Where(c => c.IetProposalId == id && c.IsRequiredChange).Select(c => c.Id).SingleAsync());
        using (var answer = await SubmissionScenario.AnswerAsync(authorClient, id, changeId, addressed: true, "The integration section now states two hours a week."))
        {
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        }

        await SubmitAsync(authorClient, id);
        await AssertDeliveredAsync(sink, id, SubmissionEmails.ResubmittedKind, [second.Email], review);

        // The assigned reviewer claims it again (told by email, like any claim), rates and approves: the authors get the letter's link.
        await PostOkAsync(secondClient, $"/review/{id}", $"/review/{id}/claim", []);
        await AssertDeliveredAsync(sink, id, ReviewNotifications.ReviewerAssignedKind, [second.Email], review);
        await ReviewScenario.RateAllAsync(secondClient, id);
        using (var approved = await ReviewScenario.ApproveAsync(secondClient, id, $"IET-LOOP-{id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Equal(ProposalStatus.Approved, await scenario.StatusAsync(id));
        await AssertDeliveredAsync(sink, id, ReviewNotifications.ProposalApprovedKind, [author.Email], $"{proposal}/decision-letter");

        // Over the whole loop: eight messages, each once, and nothing for anyone else.
        var arrived = sink.ReadWhere(m => m.Subject?.Contains(title, StringComparison.Ordinal) == true);
        Assert.Equal(8, arrived.Count);
        Assert.Equal(8, arrived.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(8, _seen.Count);
        var recipients = arrived.SelectMany(m => m.To.Mailboxes).Select(a => a.Address).ToList();
        Assert.Equal(4, recipients.Count(a => a == second.Email));
        Assert.Equal(2, recipients.Count(a => a == first.Email));
        Assert.Equal(2, recipients.Count(a => a == author.Email));
        foreach (var bystander in new[] { colleague, otherCollege, conflicted, administrator })
        {
            Assert.DoesNotContain(bystander.Email, recipients);
        }
    }

    /// <summary>The confirmation page sent as a browser does, with a note for each warning it asks about.</summary>
    private static async Task SubmitAsync(AppClient client, int id)
    {
        var page = await client.GetDocumentAsync($"/proposals/{id}/submit");
        var notes = page.QuerySelectorAll("input[name^='Form.Acknowledgements'][name$='.RuleId']")
            .ToDictionary(i => i.GetAttribute("value")!, _ => "Learners are referred at 18 or older.");
        Assert.NotEmpty(notes);
        using var response = await SubmissionScenario.SubmitAsync(client, id, notes, page: page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/proposals/{id}", response.Headers.Location?.OriginalString);
    }

    private static async Task PostOkAsync(AppClient client, string page, string action, Dictionary<string, string> fields)
    {
        using var response = await client.SubmitFormAsync(page, action, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/review/{action.Split('/')[2]}", response.Headers.Location?.OriginalString);
    }

    /// <summary>
    /// Dispatches the outbox twice: the first pass sends exactly the new messages of <paramref name="kind"/> for
    /// <paramref name="expectedRecipients"/>, the second finds nothing to send. Then each message is read back from the
    /// SMTP server's Maildir by its Message-Id: there once, to its one recipient, its only link <paramref name="link"/>.
    /// </summary>
    private async Task<IReadOnlyList<MimeMessage>> AssertDeliveredAsync(SmtpSink sink, int proposalId, string kind, string[] expectedRecipients, string link)
    {
        var firstPass = await DispatchAsync();
        var secondPass = await DispatchAsync();
        Assert.Equal(new DispatchOutcome(expectedRecipients.Length, 0, 0), firstPass);
        Assert.Equal(0, secondPass.Processed);

        var rows = (await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.IetProposalId == proposalId).ToListAsync()))
            .Where(m => !_seen.Contains(m.Id))
            .ToList();
        Assert.All(rows, row => Assert.Equal(kind, row.Kind));
        Assert.All(rows, row => Assert.NotNull(row.SentAtUtc));
        Assert.Equal(expectedRecipients.Order(StringComparer.Ordinal), rows.Select(r => r.ToAddress).Order(StringComparer.Ordinal));

        var messages = new List<MimeMessage>();
        foreach (var row in rows)
        {
            _seen.Add(row.Id);
            var arrived = await sink.WaitForAsync(OutboxDispatcher.MessageIdFor(row.Id, From), ArrivalTimeout);
            var message = Assert.Single(arrived);
            Assert.Equal(row.ToAddress, Assert.Single(message.To.Mailboxes).Address);
            Assert.Equal(row.ToAddress, message.Headers["X-RcptTo"]);
            Assert.Equal(From, Assert.Single(message.From.Mailboxes).Address);
            Assert.Equal(row.Subject, message.Subject);
            Assert.Equal(new[] { link }, Links.Matches(message.TextBody ?? "").Select(m => m.Value.TrimEnd('.', ',', ')')).Distinct());
            messages.Add(message);
        }

        return messages;
    }

    private async Task<DispatchOutcome> DispatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }
}
