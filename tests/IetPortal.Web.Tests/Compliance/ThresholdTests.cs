using System.Net;
using IetPortal.Domain.Common;
using IetPortal.Domain.Compliance;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Compliance;

/// <summary>
/// Thresholds are data: administrators change them on a page, each change is recorded with who, when, old and new value,
/// stale edits are refused, and open drafts are re-checked so their owners see the new state.
/// </summary>
public sealed class ThresholdTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private const string Page = "/admin/thresholds";

    private async Task<AppClient> AdminAsync(TestUser? admin = null)
    {
        admin ??= await app.CreateUserAsync(RoleNames.Administrator);
        var client = app.CreateAppClient();
        await client.SignInAsync(admin);
        return client;
    }

    private static async Task<string> StampAsync(AppClient client, string key) =>
        (await client.GetDocumentAsync(Page)).QuerySelector($"form[action='{Page}/{key}'] input[name=ConcurrencyStamp]")!.GetAttribute("value")!;

    /// <summary>Posts a threshold's own form, with its antiforgery token and the stamp it shows unless one is given.</summary>
    private static async Task<HttpResponseMessage> SetAsync(AppClient client, string key, string value, string? stamp = null)
    {
        stamp ??= await StampAsync(client, key);
        return await client.SubmitFormAsync(Page, $"{Page}/{key}", new Dictionary<string, string> { ["Value"] = value, ["ConcurrencyStamp"] = stamp });
    }

    private Task<decimal> ValueAsync(string key) =>
        app.WithDbAsync(db => db.ComplianceThresholds.Where(t => t.Key == key).Select(t => t.Value).SingleAsync());

    [Fact]
    public async Task A_threshold_change_is_recorded_and_moves_an_open_drafts_report_and_stored_state()
    {
        var id = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db));
        using var staff = await ComplianceWebTests.StaffClientAsync(app);
        var equity = $"/proposals/{id}/edit/equity";
        var version = (await staff.GetDocumentAsync(equity)).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        using (var saved = await staff.SubmitFormAsync(equity, equity, new Dictionary<string, string>
        {
            ["Form.Version"] = version,
            ["Form.RecruitmentStrategies"] = "Multilingual flyers through job centers and refugee resettlement agencies.",
            ["Form.LearnerSupports"] = "Advising",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var adminUser = await app.CreateUserAsync(RoleNames.Administrator);
        using (var admin = await AdminAsync(adminUser))
        {
            using var response = await SetAsync(admin, ThresholdKeys.MinimumLearningObjectives, "7");
            var status = (await admin.GetDocumentAsync(Page)).QuerySelector(".ietportal-status")!.TextContent;

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("changed from 1 to 7 objectives", status, StringComparison.Ordinal);
            Assert.Contains("re-checked", status, StringComparison.Ordinal);
        }

        var change = await app.WithDbAsync(db => db.ThresholdChanges.SingleAsync(c => c.ThresholdKey == ThresholdKeys.MinimumLearningObjectives));
        Assert.Equal((1m, 7m, adminUser.Id), (change.OldValue, change.NewValue, change.ChangedByUserId));
        Assert.Equal(7m, await ValueAsync(ThresholdKeys.MinimumLearningObjectives));
        var stored = await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id)
            .Select(p => new { p.ComplianceErrorCount, p.ComplianceWarningCount, p.ComplianceChangeNote, p.ComplianceChangedAtUtc, p.UpdatedAtUtc }).SingleAsync());
        Assert.Equal((1, 0), (stored.ComplianceErrorCount, stored.ComplianceWarningCount));
        Assert.Equal(
            "Threshold 'Minimum number of learning objectives' changed from 1 to 7 objectives: now 1 error and no warnings (was no errors or warnings).",
            stored.ComplianceChangeNote);
        Assert.True(stored.ComplianceChangedAtUtc > stored.UpdatedAtUtc);

        var check = await staff.GetDocumentAsync($"/proposals/{id}/check");
        var row = check.GetElementById("finding-IET-463_37-b-OBJECTIVES-COUNT")!.TextContent;
        Assert.Contains("Not met", row, StringComparison.Ordinal);
        Assert.Contains("6 learning objectives (minimum 7)", row, StringComparison.Ordinal);
        Assert.Contains(stored.ComplianceChangeNote!, check.QuerySelector("#counts-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var read = await staff.GetDocumentAsync($"/proposals/{id}");
        Assert.Contains("Changed since the last edit", read.QuerySelector("#compliance-state-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var panel = await staff.GetDocumentAsync($"/proposals/{id}/edit/learning-objectives");
        Assert.Contains(stored.ComplianceChangeNote!, panel.QuerySelector(".ietportal-compliance-panel")!.TextContent, StringComparison.Ordinal);

        using (var history = await AdminAsync())
        {
            var table = (await history.GetDocumentAsync(Page)).QuerySelector("#history-heading + table")!.TextContent;
            Assert.Contains("Minimum number of learning objectives", table, StringComparison.Ordinal);
            Assert.Contains("Test Administrator", table, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ThresholdKeys.MinimumOverlapPercent, "150", "Enter at most 100 percent.")]
    [InlineData(ThresholdKeys.MinimumOverlapPercent, "-5", "The value cannot be negative: thresholds are minimums.")]
    [InlineData(ThresholdKeys.MinimumEligibleAge, "18.5", "Enter a whole number of years.")]
    [InlineData(ThresholdKeys.MinimumAdultEducationHours, "lots", "Enter the new value as a number, like 50 or 62.5.")]
    [InlineData(ThresholdKeys.MinimumAdultEducationHours, "12.345", "Enter at most two decimal places.")]
    [InlineData(ThresholdKeys.MinimumEligibleAge, "", "Enter the new value.")]
    public async Task An_invalid_value_is_refused_with_a_message_at_its_field_and_nothing_is_recorded(string key, string value, string message)
    {
        using var client = await AdminAsync();
        var before = await ValueAsync(key);

        using var response = await SetAsync(client, key, value);
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = page.QuerySelector("#error-summary a")!;
        Assert.Equal(message, link.TextContent);
        Assert.Equal($"#{key}_Value", link.GetAttribute("href"));
        var input = page.GetElementById($"{key}_Value")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal(value, input.GetAttribute("value"));
        Assert.Equal(before, await ValueAsync(key));
        Assert.False(await app.WithDbAsync(db => db.ThresholdChanges.AnyAsync(c => c.ThresholdKey == key)));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_the_current_value_and_can_then_be_saved_deliberately()
    {
        using var first = await AdminAsync();
        using var second = await AdminAsync();
        var key = ThresholdKeys.MinimumWorkforceTrainingHours;
        var seenBySecond = await StampAsync(second, key);

        using var won = await SetAsync(first, key, "40");
        using var refused = await SetAsync(second, key, "45", seenBySecond);
        var page = await AppClient.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var message = page.QuerySelector($"#{key}_Value-error")!.TextContent;
        Assert.Contains("Someone else changed this threshold while you were editing: it is now 40 hours", message, StringComparison.Ordinal);
        Assert.Contains("Your value, 45, was not saved", message, StringComparison.Ordinal);
        Assert.Equal(40m, await ValueAsync(key));

        var current = page.QuerySelector($"form[action='{Page}/{key}'] input[name=ConcurrencyStamp]")!.GetAttribute("value")!;
        using var deliberate = await SetAsync(second, key, "45", current);
        Assert.Equal(HttpStatusCode.Redirect, deliberate.StatusCode);
        Assert.Equal(45m, await ValueAsync(key));
        var changes = await app.WithDbAsync(db => db.ThresholdChanges.Where(c => c.ThresholdKey == key).OrderBy(c => c.Id).Select(c => c.NewValue).ToListAsync());
        Assert.Equal([40m, 45m], changes);
    }

    [Fact]
    public async Task Changing_the_review_clock_target_is_recorded_without_rechecking_drafts()
    {
        using var client = await AdminAsync();

        using var response = await SetAsync(client, ThresholdKeys.ReviewClockTargetDays, "21");
        var status = (await client.GetDocumentAsync(Page)).QuerySelector(".ietportal-status")!.TextContent;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Review clock target: changed from 30 to 21 days.", status, StringComparison.Ordinal);
        Assert.DoesNotContain("re-checked", status, StringComparison.Ordinal);
        Assert.Equal(21m, await ValueAsync(ThresholdKeys.ReviewClockTargetDays));
    }

    [Fact]
    public async Task The_admin_home_links_to_the_thresholds_page()
    {
        using var client = await AdminAsync();

        var home = await client.GetDocumentAsync("/admin");

        Assert.NotNull(home.QuerySelector($"main a[href='{Page}']"));
    }

    [Theory]
    [InlineData(RoleNames.CollegeStaff)]
    [InlineData(RoleNames.StateReviewer)]
    public async Task Non_administrators_get_403_on_the_thresholds_pages(string role)
    {
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateUserAsync(role, role == RoleNames.CollegeStaff ? "MATC" : null));
        var token = (await client.GetDocumentAsync("/account/change-password")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await ValueAsync(ThresholdKeys.MinimumOverlapPercent);

        using var read = await client.GetAsync(Page);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Value"] = "1",
            ["ConcurrencyStamp"] = Guid.NewGuid().ToString(),
        });
        using var write = await client.Http.PostAsync(new Uri($"{Page}/{ThresholdKeys.MinimumOverlapPercent}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(before, await ValueAsync(ThresholdKeys.MinimumOverlapPercent));
    }
}
