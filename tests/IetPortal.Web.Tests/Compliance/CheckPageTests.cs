using System.Net;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Compliance;

/// <summary>The "Check and submit" page: the full report, grouped and cited, and the readiness check of the submission gate.</summary>
public sealed class CheckPageTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private Task<int> CnaAsync(Action<IetProposal>? change = null) => app.WithDbAsync(db => CnaInDatabase.AddAsync(db, change));

    private static Task<HttpResponseMessage> CheckReadinessAsync(AppClient client, int id, Dictionary<string, string> fields) =>
        client.SubmitFormAsync($"/proposals/{id}/check", $"/proposals/{id}/check", fields);

    [Fact]
    public async Task The_report_is_grouped_by_the_three_components_and_the_six_criteria_with_outcomes_in_words()
    {
        var id = await CnaAsync(p => p.AdultEducation!.ContentStandards = null);
        using var client = await ComplianceWebTests.StaffClientAsync(app);

        var page = await client.GetDocumentAsync($"/proposals/{id}/check");

        var headings = page.QuerySelectorAll("main h2, main h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("The three required components", headings);
        Assert.Contains("The six integration criteria", headings);
        Assert.Contains("3. Components occur simultaneously (463.37(a)(2))", headings);
        Assert.Contains("6. Part of a career pathway meeting local workforce needs (463.38(b))", headings);
        Assert.Contains("State adult education content standards (463.38(a))", headings);
        Assert.Equal(42, page.QuerySelectorAll("table.ietportal-report tbody tr").Length);
        var row = page.GetElementById("finding-IET-463_38-a-CONTENT-STANDARDS")!;
        Assert.Contains("Not met", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("34 CFR 463.38(a)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Federal rule", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/proposals/{id}/edit/adult-education#Form_ContentStandards", row.QuerySelector("a")!.GetAttribute("href"));
        var stateRow = page.GetElementById("finding-IET-WI-EQUITY-RECRUITMENT")!;
        Assert.Contains("Met", stateRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("Wisconsin state policy", stateRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 error", page.QuerySelector("#counts-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("page", page.QuerySelector($"nav a[href='/proposals/{id}/check']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Readiness_lists_the_errors_that_block_and_the_warnings_that_need_a_note()
    {
        var id = await CnaAsync(p =>
        {
            p.IntegrationDescription = null;
            p.MinimumAge = null;
        });
        using var client = await ComplianceWebTests.StaffClientAsync(app);

        using var response = await CheckReadinessAsync(client, id, new()
        {
            ["Form.Acknowledgements[0].RuleId"] = "IET-WI-ELIGIBLE-AGE-STATED",
            ["Form.Acknowledgements[0].Note"] = "   ",
        });
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll("#error-summary a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(("#finding-IET-463_37-b-COOPERATIVE", "Not met, blocks submission: Components organized to function cooperatively."), links);
        Assert.Contains(("#Form_Acknowledgements_0__Note", "Write a note acknowledging the warning: Minimum learner age stated."), links);
        Assert.NotNull(page.GetElementById("finding-IET-463_37-b-COOPERATIVE"));
        Assert.NotNull(page.QuerySelector("#Form_Acknowledgements_0__Note[aria-invalid='true']"));
        Assert.Null(page.QuerySelector("#ready-heading"));
    }

    [Fact]
    public async Task A_proposal_with_only_acknowledged_warnings_is_ready_and_nothing_is_stored()
    {
        var id = await CnaAsync(p => p.MinimumAge = null);
        using var client = await ComplianceWebTests.StaffClientAsync(app);
        var before = await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => new { p.Status, p.ConcurrencyStamp }).SingleAsync());

        using var response = await CheckReadinessAsync(client, id, new()
        {
            ["Form.Acknowledgements[0].RuleId"] = "IET-WI-ELIGIBLE-AGE-STATED",
            ["Form.Acknowledgements[0].Note"] = "Learners are 18 or older: the college admits adults only; the age is checked at enrollment.",
        });
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#error-summary"));
        Assert.Contains("nothing has been stored", page.QuerySelector("#ready-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            "Learners are 18 or older: the college admits adults only; the age is checked at enrollment.",
            page.QuerySelector("#Form_Acknowledgements_0__Note")!.TextContent);
        var next = page.QuerySelector($"#ready-heading ~ form[action='/proposals/{id}/submit']");
        Assert.Equal("Continue to submit", next?.QuerySelector("button")?.TextContent);
        Assert.Equal(
            "Learners are 18 or older: the college admits adults only; the age is checked at enrollment.",
            next?.QuerySelector("input[name='Form.Acknowledgements[0].Note']")?.GetAttribute("value"));
        var after = await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => new { p.Status, p.ConcurrencyStamp }).SingleAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task An_over_long_note_is_refused_with_a_length_message()
    {
        var id = await CnaAsync(p => p.MinimumAge = null);
        using var client = await ComplianceWebTests.StaffClientAsync(app);

        using var response = await CheckReadinessAsync(client, id, new()
        {
            ["Form.Acknowledgements[0].RuleId"] = "IET-WI-ELIGIBLE-AGE-STATED",
            ["Form.Acknowledgements[0].Note"] = new string('x', 5_000),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2,000 characters or fewer", (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_colleges_staff_and_reviewers_cannot_open_the_check_page()
    {
        var id = await CnaAsync();
        using var madison = app.CreateAppClient();
        await madison.SignInAsync(await app.CreateStaffAsync("MADISON"));
        using var reviewer = app.CreateAppClient();
        await reviewer.SignInAsync(await app.CreateUserAsync(RoleNames.StateReviewer));

        using var other = await madison.GetAsync($"/proposals/{id}/check");
        using var review = await reviewer.GetAsync($"/proposals/{id}/check");
        using var missing = await madison.GetAsync("/proposals/999999/check");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_submitted_proposal_sends_the_check_page_to_the_read_view()
    {
        var id = await CnaAsync(p => p.Status = ProposalStatus.Submitted);
        using var client = await ComplianceWebTests.StaffClientAsync(app);

        using var response = await client.GetAsync($"/proposals/{id}/check");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/proposals/{id}", response.Headers.Location?.OriginalString);
    }
}
