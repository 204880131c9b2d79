using IetPortal.BrowserTests.Infrastructure;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Compliance;
using IetPortal.Web.Features.Submission;
using IetPortal.Web.Tests.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.BrowserTests;

/// <summary>
/// The college's side of the review workflow in a real browser: the confirmation page in its error and warning states,
/// a submission made with the keyboard, the to-dos of a returned proposal and a submitted version's page; axe checks
/// every page on the way.
/// </summary>
[Collection(BrowserTestGroup.Journeys)]
public sealed class SubmissionTests(BrowserApp app)
{
    private const string IntegrationChange = "Describe how the ELL and nurse instructors co-plan each week.";

    private DemoAccount Demo(string role) =>
        app.Services.GetRequiredService<IConfiguration>().GetSection("DemoAccounts").Get<List<DemoAccount>>()!
            .First(a => a.Role == role && (role != RoleNames.CollegeStaff || a.CollegeCode == "MATC"));

    private Task<int> CnaAsync(string title, Action<IetProposal>? change = null) => app.WithDbAsync(db => CnaInDatabase.AddAsync(db, change, title));

    private async Task<Microsoft.Playwright.IPage> StaffPageAsync()
    {
        var staff = Demo(RoleNames.CollegeStaff);
        var page = await app.NewPageAsync();
        await page.SignInAsync(staff.Email, staff.Password);
        return page;
    }

    [Fact]
    public async Task The_confirmation_page_with_a_blocking_error_lists_it_with_its_fix_link_and_is_accessible()
    {
        var id = await CnaAsync("Submit page with an error", p => p.RecruitmentStrategies = null);
        var page = await StaffPageAsync();

        await page.VisitAsync($"/proposals/{id}/submit");

        Assert.Contains("Equity plan: recruitment strategies", await page.Locator("#blocking-heading + p + ul").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("button[name='Form.Command']").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_confirmation_page_asks_a_note_for_each_warning_and_its_error_state_is_accessible()
    {
        var id = await CnaAsync("Submit page with a warning", p => p.MinimumAge = null);
        var page = await StaffPageAsync();
        await page.VisitAsync($"/proposals/{id}/submit");

        await page.TickAsync("#Form_Confirmed-0");
        await page.ActivateAsync("button[name='Form.Command']");

        Assert.Contains("Write a note acknowledging the warning: Minimum learner age stated", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal(ProposalStatus.Draft, await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_staff_member_submits_with_the_keyboard_and_the_proposal_becomes_read_only()
    {
        var id = await CnaAsync("Submitted with the keyboard", p => p.MinimumAge = null);
        var page = await StaffPageAsync();
        await page.VisitAsync($"/proposals/{id}");

        await page.ActivateAsync($"a[href='/proposals/{id}/submit']");
        await page.EnterTextAsync("#Form_Acknowledgements_0__Note", "Every learner is referred through WIOA Title I at 18 or older.");
        await page.TickAsync("#Form_Confirmed-0");
        await page.ActivateAsync("button[name='Form.Command']");

        Assert.EndsWith($"/proposals/{id}", page.Url, StringComparison.Ordinal);
        await page.ExpectStatusAsync("Version 1 was sent to the WTCS System Office");
        Assert.Contains("Submitted", await page.Locator("#workflow-heading + dl").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"a[href='/proposals/{id}/edit/overview']").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_college_marks_a_required_change_addressed_on_the_to_do_page()
    {
        var (id, comments) = await SubmittedAndReturnedAsync("Returned with required changes");
        var page = await StaffPageAsync();
        await page.VisitAsync($"/proposals/{id}");
        Assert.Contains(IntegrationChange, await page.Locator("#required-changes-heading").Locator("..").InnerTextAsync(), StringComparison.Ordinal);

        await page.ActivateAsync($".ietportal-workflow a[href='/proposals/{id}/changes']");
        await page.ActivateAsync($"#change-{comments[0]} button[value='true']");
        Assert.Contains("Write a reply", await page.Locator("#error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await page.EnterTextAsync($"#Changes_{comments[0]}__Reply", "Added a weekly one-hour co-planning meeting to the integration section.");
        await page.ActivateAsync($"#change-{comments[0]} button[value='true']");

        await page.ExpectStatusAsync("marked addressed");
        Assert.Contains("1 of 2", await page.Locator("#todo-heading + p").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_submitted_version_has_a_read_only_page_of_its_own()
    {
        var (id, _) = await SubmittedAndReturnedAsync("Version page");
        var page = await StaffPageAsync();
        await page.VisitAsync($"/proposals/{id}");

        await page.ActivateAsync($"a[href='/proposals/{id}/versions/1']");

        Assert.StartsWith("Version 1: Version page", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main form").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_withdrawal_confirmation_is_accessible_and_withdraws_with_the_keyboard()
    {
        var id = await CnaAsync("Withdrawn with the keyboard");
        var page = await StaffPageAsync();
        await page.VisitAsync($"/proposals/{id}");

        await page.ActivateAsync($"a[href='/proposals/{id}/withdraw']");
        await page.EnterTextAsync("#Form_Reason", "The employer partner closed its clinical site.");
        await page.ActivateAsync("main form button[type=submit]");

        await page.ExpectStatusAsync("withdrawn");
        Assert.Equal(ProposalStatus.Withdrawn, await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Version 1 submitted by the MATC demo staff member, then claimed and returned by the demo reviewer with two
    /// required changes, through the workflow, as the reviewer's pages would leave it.
    /// </summary>
    private async Task<(int Id, IReadOnlyList<int> Comments)> SubmittedAndReturnedAsync(string title)
    {
        var id = await CnaAsync(title);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var staffId = await db.Users.Where(u => u.Email == Demo(RoleNames.CollegeStaff).Email).Select(u => u.Id).SingleAsync();
        var reviewerId = await db.Users.Where(u => u.Email == Demo(RoleNames.StateReviewer).Email).Select(u => u.Id).SingleAsync();
        var proposal = await db.Proposals.WithWholeProposal().SingleAsync(p => p.Id == id);
        var report = await scope.ServiceProvider.GetRequiredService<ComplianceService>().EvaluateAsync(proposal, CancellationToken.None);
        var snapshot = await ProposalSnapshot.CaptureAsync(db, proposal, CancellationToken.None);
        var submission = new Domain.Workflow.Submission(report, new Dictionary<string, string>(), snapshot.ToJson());
        Assert.True(ProposalWorkflow.Submit(proposal, WorkflowActor.CollegeStaff(staffId, proposal.CollegeId), submission, DateTime.UtcNow).IsAllowed);
        await db.SaveChangesAsync();

        var reviewer = WorkflowActor.StateReviewer(reviewerId);
        var version = await db.ProposalVersions.SingleAsync(v => v.IetProposalId == id);
        Assert.True(ProposalWorkflow.Claim(proposal, reviewer).IsAllowed);
        var comments = new List<ReviewComment>
        {
            new() { IetProposalId = id, ProposalVersionId = version.Id, AuthorId = reviewerId, Section = ProposalSection.Integration, Body = IntegrationChange, Visibility = CommentVisibility.ForCollege, IsRequiredChange = true },
            new() { IetProposalId = id, ProposalVersionId = version.Id, AuthorId = reviewerId, Section = ProposalSection.EquityAndSupports, Body = "Name the childcare partner.", Visibility = CommentVisibility.ForCollege, IsRequiredChange = true },
        };
        db.ReviewComments.AddRange(comments);
        var now = DateTime.UtcNow;
        Assert.True(ProposalWorkflow.Return(proposal, reviewer, comments, now).IsAllowed);
        db.ReviewDecisions.Add(new ReviewDecision { IetProposalId = id, ProposalVersionId = version.Id, Kind = DecisionKind.Returned, DecidedAtUtc = now, DecidedByUserId = reviewerId });
        await db.SaveChangesAsync();
        return (id, comments.Select(c => c.Id).ToList());
    }
}
