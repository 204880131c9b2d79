using System.Net;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Features.Compliance;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Compliance;

/// <summary>
/// The stored compliance state of open drafts: written with every section save, and by a re-check of every open draft
/// that touches nothing but the compliance columns.
/// </summary>
public abstract class RecheckTests(IetPortalFactory app)
{
    private async Task<RecheckResult> RecheckAsync(string reason)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceService>().RecheckOpenDraftsAsync(reason, default);
    }

    private Task<int> SetThresholdAsync(string key, decimal value) => app.WithDbAsync(db =>
        db.ComplianceThresholds.Where(t => t.Key == key).ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, value)));

    private sealed record Stored(int? Errors, int? Warnings, DateTime? CheckedAt, DateTime? ChangedAt, string? Note, DateTime UpdatedAt, Guid Stamp);

    private Task<Stored> StoredAsync(int id) => app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id)
        .Select(p => new Stored(p.ComplianceErrorCount, p.ComplianceWarningCount, p.ComplianceCheckedAtUtc, p.ComplianceChangedAtUtc, p.ComplianceChangeNote, p.UpdatedAtUtc, p.ConcurrencyStamp))
        .SingleAsync());

    [Fact]
    public async Task A_recheck_writes_only_the_compliance_state_of_open_drafts()
    {
        var draft = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db));
        var returned = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db, p => p.Status = ProposalStatus.Returned));
        var submitted = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db, p => p.Status = ProposalStatus.Submitted));
        var first = await RecheckAsync("First check");
        var before = await StoredAsync(draft);
        var auditEvents = await app.WithDbAsync(db => db.AuditEvents.CountAsync());

        await SetThresholdAsync(ThresholdKeys.MinimumOverlapPercent, 99);
        RecheckResult second;
        try
        {
            second = await RecheckAsync("Threshold 'Minimum overlap' changed from 50 to 99 percent");
        }
        finally
        {
            await SetThresholdAsync(ThresholdKeys.MinimumOverlapPercent, 50);
        }

        // The CNA's training starts a week after the other components: 103 of 110 days together, 93.6% < 99%.
        var after = await StoredAsync(draft);
        Assert.Equal((0, 0, (DateTime?)null, (string?)null), (before.Errors, before.Warnings, before.ChangedAt, before.Note));
        Assert.Equal((1, 0), (after.Errors, after.Warnings));
        Assert.Equal("Threshold 'Minimum overlap' changed from 50 to 99 percent: now 1 error and no warnings (was no errors or warnings).", after.Note);
        Assert.NotNull(after.ChangedAt);
        Assert.Equal((before.UpdatedAt, before.Stamp), (after.UpdatedAt, after.Stamp));
        Assert.Equal(1, (await StoredAsync(returned)).Errors);
        Assert.Null((await StoredAsync(submitted)).CheckedAt);
        Assert.True(first.Checked >= 2 && second.Checked == first.Checked, $"{first} then {second}");
        Assert.True(second.Changed >= 2, second.ToString());
        Assert.Equal(auditEvents, await app.WithDbAsync(db => db.AuditEvents.CountAsync()));
    }

    [Fact]
    public async Task A_recheck_that_changes_nothing_keeps_the_last_change_and_moves_only_the_check_time()
    {
        var id = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db, p => p.CohortCapacity = null));
        await RecheckAsync("First check");
        await SetThresholdAsync(ThresholdKeys.MinimumLearningObjectives, 9);
        try
        {
            await RecheckAsync("Threshold 'Minimum number of learning objectives' changed from 1 to 9 objectives");
        }
        finally
        {
            await SetThresholdAsync(ThresholdKeys.MinimumLearningObjectives, 1);
        }

        var changed = await StoredAsync(id);
        await RecheckAsync("Threshold 'Minimum number of learning objectives' changed from 9 to 1 objectives");
        var unchanged = await StoredAsync(id);

        Assert.Equal(2, changed.Errors);
        Assert.Equal(1, unchanged.Errors);
        Assert.Equal(
            "Threshold 'Minimum number of learning objectives' changed from 9 to 1 objectives: now 1 error and no warnings (was 2 errors and no warnings).",
            unchanged.Note);
        await RecheckAsync("Nothing changed");
        var again = await StoredAsync(id);
        Assert.Equal((unchanged.Errors, unchanged.ChangedAt, unchanged.Note), (again.Errors, again.ChangedAt, again.Note));
        Assert.True(again.CheckedAt >= unchanged.CheckedAt);
    }

    [Fact]
    public async Task Saving_a_section_stores_the_drafts_compliance_state_in_the_same_save()
    {
        var id = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db));
        using var client = await ComplianceWebTests.StaffClientAsync(app);
        var url = $"/proposals/{id}/edit/equity";
        async Task<HttpStatusCode> SaveEquityAsync(string? recruitment)
        {
            var version = (await client.GetDocumentAsync(url)).QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
            using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
            {
                ["Form.Version"] = version,
                ["Form.RecruitmentStrategies"] = recruitment ?? "",
                ["Form.LearnerSupports"] = "Advising",
            });
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Redirect, await SaveEquityAsync("Flyers in Spanish, Hmong and Somali at job centers."));
        var complete = await StoredAsync(id);
        var events = await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.IetProposalId == id));
        Assert.Equal(HttpStatusCode.Redirect, await SaveEquityAsync(null));
        var incomplete = await StoredAsync(id);

        Assert.Equal((0, 0, (string?)null), (complete.Errors, complete.Warnings, complete.Note));
        Assert.NotNull(complete.CheckedAt);
        Assert.Equal((1, 0), (incomplete.Errors, incomplete.Warnings));
        Assert.Equal("Equity and supports saved: now 1 error and no warnings (was no errors or warnings).", incomplete.Note);
        Assert.True(incomplete.ChangedAt <= incomplete.UpdatedAt, "A change the owner made is not news to the owner.");
        Assert.Equal(events + 1, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.IetProposalId == id)));
    }
}

public sealed class SqliteRecheckTests(SqliteAppFactory app) : RecheckTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresRecheckTests(PostgresAppFactory app) : RecheckTests(app), IClassFixture<PostgresAppFactory>;
