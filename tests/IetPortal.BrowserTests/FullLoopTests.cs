using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Identity;
using IetPortal.Web.Features.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IetPortal.BrowserTests;

/// <summary>
/// The whole review workflow with the demo accounts and the keyboard alone, each user in their own browser: the MATC
/// staff member writes and submits a proposal, the reviewer claims it, rates the checklist, comments and returns it,
/// the college makes and answers the required change and resubmits, the reviewer reads what changed and approves it,
/// and both read the decision letter and the audit trail. axe checks every page on the way.
/// </summary>
[Collection(BrowserTestGroup.Journeys)]
public sealed class FullLoopTests(BrowserApp app)
{
    private const string Title = "Nursing Assistant IET: the whole review loop";
    private const string AgeNote = "Learners are referred by WIOA Title I at 18 or older; the college checks the age at enrollment.";
    private const string RequiredChange = "Say how many hours a week the ELL and nursing instructors co-plan, and who leads the session.";
    private const string CollegeNote = "The clinical hours at the partner nursing home are a strength of this program.";
    private const string InternalNote = "Ask the site visit team whether the Monday co-planning actually happens.";
    private const string ChecklistConcern = "Co-planning time is not stated.";
    private const string NewCoPlanning = "The ELL and nursing instructors co-plan for two hours every Monday; the ELL instructor leads the session.";
    private const string Reply = "The integration section now states two hours of co-planning every Monday, led by the ELL instructor.";
    private const string ApprovalNumber = "IET-2027-0417";

    private DemoAccount Demo(string role) =>
        app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
            .First(a => a.Role == role && (role != RoleNames.CollegeStaff || a.CollegeCode == "MATC"));

    [Fact]
    public async Task A_proposal_goes_from_draft_to_approval_through_a_return_with_the_keyboard_alone()
    {
        var staff = await SignedInAsync(RoleNames.CollegeStaff);
        var reviewer = await SignedInAsync(RoleNames.StateReviewer);

        var id = await WriteAndSubmitAsync(staff);
        await ClaimRateCommentAndReturnAsync(reviewer, id);
        await ReadTheReturnAsCollegeAsync(staff, id);
        await ChangeAnswerAndResubmitAsync(staff, id);
        await ReadTheChangesAndApproveAsync(reviewer, id);
        await ReadTheDecisionLetterAsync(reviewer, id);
        await ReadTheOutcomeAsCollegeAsync(staff, id);

        await staff.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
    }

    /// <summary>Staff: a new proposal written in the editor, the check page with its warning, the confirmation page, submit.</summary>
    private static async Task<int> WriteAndSubmitAsync(IPage staff)
    {
        // Without a minimum learner age the proposal has one warning, which needs a note.
        var id = await CnaByKeyboard.WriteAsync(staff, Title, minimumAge: null);

        await staff.ActivateAsync($"nav[aria-label='Proposal sections'] a[href='/proposals/{id}/check']");
        var counts = await staff.Locator("#counts-heading + div").InnerTextAsync();
        var notMet = await staff.Locator("table.ietportal-report tbody tr", new() { HasText = "Not met" }).AllInnerTextsAsync();
        Assert.True(counts.Contains("no errors block submission", StringComparison.Ordinal), $"{counts}\n{string.Join('\n', notMet)}");
        await staff.EnterTextAsync("#Form_Acknowledgements_0__Note", AgeNote);
        await staff.ActivateAsync("form[action$='/check'] button[type=submit]");
        Assert.Equal("Ready to submit", await staff.Locator("#ready-heading").InnerTextAsync());

        // The confirmation page (WCAG 3.3.4) arrives with the note filled in; first without the confirmation box.
        await staff.ActivateAsync($"form[action='/proposals/{id}/submit'] button[type=submit]");
        Assert.Equal("Submit the proposal for review", await staff.Locator("h1").InnerTextAsync());
        Assert.Equal(AgeNote, await staff.Locator("#Form_Acknowledgements_0__Note").InputValueAsync());
        await staff.ActivateAsync("button[name='Form.Command']");
        Assert.NotEqual(0, await staff.Locator("#error-summary").CountAsync());
        await staff.TickAsync("#Form_Confirmed-0");
        await staff.ActivateAsync("button[name='Form.Command']");

        Assert.EndsWith($"/proposals/{id}", staff.Url, StringComparison.Ordinal);
        await staff.ExpectStatusAsync("Version 1 was sent to the WTCS System Office");
        return id;
    }

    /// <summary>Reviewer: the queue filtered to the college, claim, the whole checklist, three comments, return.</summary>
    private async Task ClaimRateCommentAndReturnAsync(IPage reviewer, int id)
    {
        // Signed in, the reviewer lands on the queue.
        Assert.Equal("Review queue", await reviewer.Locator("h1").InnerTextAsync());
        await reviewer.ChooseAsync("#college", "Milwaukee");
        await reviewer.ActivateAsync("form[role=search] button[type=submit]");
        var row = reviewer.Locator("tbody tr", new() { HasText = Title });
        Assert.Contains("Unassigned", await row.InnerTextAsync(), StringComparison.Ordinal);
        await reviewer.ActivateAsync($"form[action='/review/{id}/claim'] button");
        await reviewer.ExpectStatusAsync("You claimed");
        Assert.Equal(ProposalStatus.InReview, await StatusAsync(id));

        // Every criterion rated: Meets, but intensity and quality needs revision, with its reason.
        await RateAsync(reviewer, needsRevision: ReviewCriterion.SufficientIntensityAndQuality);
        await reviewer.ExpectStatusAsync("Checklist saved: 9 of 9 criteria rated");

        await ReviewByKeyboard.AddCommentAsync(reviewer, "Workforce training", CollegeNote, visibility: 1, required: false);
        await ReviewByKeyboard.AddCommentAsync(reviewer, "Integration", InternalNote, visibility: 0, required: false);
        await ReviewByKeyboard.AddCommentAsync(reviewer, "Integration", RequiredChange, visibility: 1, required: true);

        // "Return" in the actions moves to the return form on the same page.
        await reviewer.Locator("a[href='#Return']").FocusAsync();
        await reviewer.Keyboard.PressAsync("Enter");
        await reviewer.WaitForURLAsync("**#Return");
        await reviewer.EnterTextAsync("#Return_Summary", "State the co-planning time, then resubmit.");
        await reviewer.ActivateAsync("#Return button[type=submit]");

        await reviewer.ExpectStatusAsync("returned to the college with 1 required change");
        Assert.Equal(ProposalStatus.Returned, await StatusAsync(id));
    }

    /// <summary>Staff: the returned proposal shows the required change and the released note, never the internal note.</summary>
    private static async Task ReadTheReturnAsCollegeAsync(IPage staff, int id)
    {
        await staff.ActivateAsync("header a[href='/proposals']");
        await staff.ActivateAsync($"main a[href='/proposals/{id}']");
        Assert.Contains("Returned", await staff.Locator("#workflow-heading + dl").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(RequiredChange, await staff.Locator(".ietportal-todos").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(CollegeNote, await staff.Locator("#review-notes-heading + ul").InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoInternalNoteAsync(staff);
    }

    /// <summary>Staff: the section edited from its to-do, the change marked addressed with a reply, then resubmitted.</summary>
    private async Task ChangeAnswerAndResubmitAsync(IPage staff, int id)
    {
        await staff.ActivateAsync($".ietportal-todos a[href='/proposals/{id}/edit/integration']");
        await staff.EnterTextAsync("#Form_CoPlanningDescription", NewCoPlanning);
        await staff.ActivateAsync(CnaByKeyboard.Save);
        Assert.Contains("/edit/integration", staff.Url, StringComparison.Ordinal);

        await staff.ActivateAsync("a:text('Read the whole proposal')");
        await staff.ActivateAsync($".ietportal-workflow a[href='/proposals/{id}/changes']");
        await AssertNoInternalNoteAsync(staff);
        var change = await staff.Locator("li.ietportal-todo").GetAttributeAsync("id");
        var commentId = change!["change-".Length..];
        await staff.EnterTextAsync($"#Changes_{commentId}__Reply", Reply);
        await staff.ActivateAsync($"#{change} button[value='true']");
        await staff.ExpectStatusAsync("marked addressed");
        Assert.Contains("1 of 1", await staff.Locator("#todo-heading + p").InnerTextAsync(), StringComparison.Ordinal);

        // "Resubmit the proposal" from the to-do page: the confirmation asks for the warning's note again.
        await staff.ActivateAsync($"main a[href='/proposals/{id}/submit']");
        Assert.Equal("Resubmit the proposal for review", await staff.Locator("h1").InnerTextAsync());
        Assert.Contains("1 of 1", await staff.Locator("#answers-heading + p").InnerTextAsync(), StringComparison.Ordinal);
        await staff.EnterTextAsync("#Form_Acknowledgements_0__Note", AgeNote);
        await staff.TickAsync("#Form_Confirmed-0");
        await staff.ActivateAsync("button[name='Form.Command']");

        await staff.ExpectStatusAsync("Version 2 was sent to the WTCS System Office");
        Assert.Equal(ProposalStatus.Submitted, await StatusAsync(id));
    }

    /// <summary>Reviewer: the resubmission in "Assigned to me", what changed in words, which change was addressed; claim, rate, approve.</summary>
    private async Task ReadTheChangesAndApproveAsync(IPage reviewer, int id)
    {
        await reviewer.ActivateAsync("header a[href='/review']");
        await reviewer.ActivateAsync("nav[aria-label='Queue views'] a:text('Assigned to me')");
        await reviewer.ActivateAsync($"tbody a[href='/review/{id}']");

        var diff = reviewer.Locator(".ietportal-diff");
        Assert.Equal("What changed since version 1 was returned", await reviewer.Locator("#resubmission-diff-heading").InnerTextAsync());
        var diffText = await diff.TextContentAsync() ?? "";
        Assert.Contains("1 field changed in 1 section", diffText, StringComparison.Ordinal);
        Assert.Contains("Integration", await diff.Locator("h3").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Changed, word by word:", diffText, StringComparison.Ordinal);

        // Removed and added words say so in text (for screen readers and without colour), not only by strike-through.
        var removed = await diff.Locator("del").AllTextContentsAsync();
        var added = await diff.Locator("ins").AllTextContentsAsync();
        Assert.NotEmpty(removed);
        Assert.NotEmpty(added);
        Assert.All(removed, text => Assert.StartsWith("[removed: ", text, StringComparison.Ordinal));
        Assert.All(added, text => Assert.StartsWith("[added: ", text, StringComparison.Ordinal));
        Assert.Contains(added, text => text.Contains("two hours", StringComparison.Ordinal));

        var answers = await diff.Locator(".ietportal-diff__answers").InnerTextAsync();
        Assert.Contains("The college marked 1 of 1 required change addressed.", diffText, StringComparison.Ordinal);
        Assert.Contains(RequiredChange, answers, StringComparison.Ordinal);
        Assert.Contains("Marked addressed", answers, StringComparison.Ordinal);
        Assert.Contains(Reply, answers, StringComparison.Ordinal);

        // The proposal kept its reviewer, who claims it again to start the second round.
        await reviewer.ActivateAsync($"form[action='/review/{id}/claim'] button");
        Assert.Equal(ProposalStatus.InReview, await StatusAsync(id));
        await RateAsync(reviewer, needsRevision: null);
        await reviewer.ExpectStatusAsync("Checklist saved: 9 of 9 criteria rated");

        await reviewer.ActivateAsync($"a[href='/review/{id}/approve']");
        Assert.Equal($"Approve {Title}", await reviewer.Locator("h1").InnerTextAsync());
        Assert.Contains("Version 2, as submitted", await reviewer.Locator("#what-heading + dl").InnerTextAsync(), StringComparison.Ordinal);
        await reviewer.EnterTextAsync("#Approve_ApprovalNumber", ApprovalNumber);
        await reviewer.TypeDateAsync("#Approve_EffectiveFrom", new DateOnly(2027, 7, 1));
        await reviewer.TypeDateAsync("#Approve_EffectiveTo", new DateOnly(2030, 6, 30));
        await reviewer.ActivateAsync("main form button[type=submit]");

        Assert.EndsWith($"/review/{id}", reviewer.Url, StringComparison.Ordinal);
        await reviewer.ExpectStatusAsync($"Approved as {ApprovalNumber}");
        Assert.Equal(ProposalStatus.Approved, await StatusAsync(id));
    }

    /// <summary>Reviewer: the decision letter names the program, the college, the number, the approver and the period.</summary>
    private async Task ReadTheDecisionLetterAsync(IPage reviewer, int id)
    {
        await reviewer.ActivateAsync($"a[href='/proposals/{id}/decision-letter']");
        await AssertLetterAsync(reviewer, id);
    }

    /// <summary>Staff: the decision letter from the read view, the released note but never the internal one, and the audit trail in order.</summary>
    private async Task ReadTheOutcomeAsCollegeAsync(IPage staff, int id)
    {
        await staff.ActivateAsync("header a[href='/proposals']");
        await staff.ActivateAsync($"main a[href='/proposals/{id}']");
        Assert.Contains("Approved", await staff.Locator("#workflow-heading + dl").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(CollegeNote, await staff.Locator("#review-notes-heading + ul").InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoInternalNoteAsync(staff);

        // The change history, newest first: every transition of the loop, in the order it happened.
        var history = (await staff.Locator("#history-heading + table tbody td[data-label='What']").AllInnerTextsAsync()).Reverse().ToList();
        string[] milestones = ["Submitted version", "Claimed for review", "Returned with required changes", "Required change marked addressed", "Approved"];
        var transitions = history
            .Where(h => milestones.Any(m => h.StartsWith(m, StringComparison.Ordinal)))
            .Select(h => h.Split(':')[0])
            .ToList();
        Assert.Equal(
            [
                "Submitted version 1", "Claimed for review", "Returned with required changes",
                "Required change marked addressed", "Submitted version 2", "Claimed for review", "Approved",
            ],
            transitions);

        // The college's edit of the integration section sits between the return and the resubmission.
        var returned = history.FindIndex(h => h.StartsWith("Returned with required changes", StringComparison.Ordinal));
        var resubmitted = history.FindIndex(h => h.StartsWith("Submitted version 2", StringComparison.Ordinal));
        Assert.Contains(history[returned..resubmitted], h => h.StartsWith("Section saved", StringComparison.Ordinal));

        await staff.ActivateAsync($"#workflow-heading + dl a[href='/proposals/{id}/decision-letter']");
        await AssertLetterAsync(staff, id);
        await AssertNoInternalNoteAsync(staff);
    }

    private async Task AssertLetterAsync(IPage page, int id)
    {
        Assert.Equal("Approval of an Integrated Education and Training program", await page.Locator("h1").InnerTextAsync());
        var approvedOn = await app.WithDbAsync(db => db.ReviewDecisions
            .Where(d => d.IetProposalId == id && d.Kind == DecisionKind.Approved)
            .Select(d => d.DecidedAtUtc)
            .SingleAsync());
        var facts = await page.Locator(".ietportal-letter__facts").InnerTextAsync();
        Assert.Contains($"Program: {Title}", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        foreach (var expected in new[]
        {
            ApprovalNumber, "Milwaukee Area Technical College", "July 1, 2027 through June 30, 2030",
            DecisionLetterPage.Date(DateOnly.FromDateTime(approvedOn)), "31-1131 Nursing Assistants",
        })
        {
            Assert.Contains(expected, facts, StringComparison.Ordinal);
        }

        Assert.Contains(Demo(RoleNames.StateReviewer).DisplayName, await page.Locator(".ietportal-letter__signature").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("in version 2", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Rates all nine criteria with the space bar: Meets, or Needs revision with a reason for one of them.</summary>
    private static async Task RateAsync(IPage reviewer, ReviewCriterion? needsRevision)
    {
        foreach (var criterion in Enum.GetValues<ReviewCriterion>())
        {
            var i = (int)criterion;
            await reviewer.TickAsync($"#Ratings_Rows_{i}__Rating-{(criterion == needsRevision ? 1 : 0)}");
            if (criterion == needsRevision)
            {
                await reviewer.EnterTextAsync($"#Ratings_Rows_{i}__Comment", ChecklistConcern);
            }
        }

        await reviewer.ActivateAsync("#Ratings button[type=submit]");
    }

    private static async Task AssertNoInternalNoteAsync(IPage collegePage)
    {
        var html = await collegePage.ContentAsync();
        Assert.DoesNotContain(InternalNote, html, StringComparison.Ordinal);
        Assert.DoesNotContain("site visit team", html, StringComparison.Ordinal);
    }

    private async Task<IPage> SignedInAsync(string role)
    {
        var account = Demo(role);
        var page = await app.NewPageAsync();
        await page.SignInAsync(account.Email, account.Password);
        await page.AssertAccessibleAsync();
        return page;
    }

    private Task<ProposalStatus> StatusAsync(int id) => app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());
}
