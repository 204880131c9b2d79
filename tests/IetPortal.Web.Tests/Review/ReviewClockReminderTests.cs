using IetPortal.Web.Features.Review;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Review;

/// <summary>Issue 5: "a daily reminder when the review clock runs late", to the right reviewers and never twice a day.</summary>
public sealed class ReviewClockReminderTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private readonly ReviewScenario _scenario = new(app);

    [Fact]
    public async Task A_late_proposal_reminds_its_reviewer_or_every_reviewer_without_a_conflict_once_a_day()
    {
        var staff = await _scenario.StaffAsync("NTC");
        var assigned = await _scenario.ReviewerAsync();
        var available = await _scenario.ReviewerAsync();
        var conflicted = await _scenario.ConflictedReviewerAsync("NTC");
        var lateAssigned = await _scenario.InReviewAsync("NTC late and assigned", staff, assigned, daysAgo: 35);
        var lateUnassigned = await _scenario.SubmittedAsync("NTC late and waiting", staff, daysAgo: 31);
        var onTime = await _scenario.SubmittedAsync("NTC on time", staff, daysAgo: 30);
        var clock = new MutableTimeProvider(DateTimeOffset.UtcNow);

        await RunAsync(clock);

        var toAssigned = await RemindersAsync(lateAssigned);
        Assert.Equal([assigned.Email], toAssigned.Select(m => m.ToAddress), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Late: 35 days (target 30)", toAssigned[0].BodyText, StringComparison.Ordinal);
        Assert.Contains($"https://localhost/review/{lateAssigned}", toAssigned[0].BodyText, StringComparison.Ordinal);
        var toEveryone = (await RemindersAsync(lateUnassigned)).Select(m => m.ToAddress).ToList();
        Assert.Contains(available.Email, toEveryone, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(assigned.Email, toEveryone, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(conflicted.Email, toEveryone, StringComparer.OrdinalIgnoreCase);
        Assert.Empty(await RemindersAsync(onTime));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.IetProposalId == lateAssigned && e.Action == ReviewClockReminder.AuditAction)));

        // Later the same day: nothing new. The next day: one more each.
        await RunAsync(clock);
        Assert.Single(await RemindersAsync(lateAssigned));
        clock.Advance(TimeSpan.FromDays(1));
        await RunAsync(clock);
        Assert.Equal(2, (await RemindersAsync(lateAssigned)).Count);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.IetProposalId == lateAssigned && e.Action == ReviewClockReminder.AuditAction)));
    }

    [Fact]
    public async Task A_decided_proposal_is_not_reminded_about()
    {
        var staff = await _scenario.StaffAsync("SWTC");
        await _scenario.ReviewerAsync();
        var withdrawn = await _scenario.SubmittedAsync("SWTC withdrawn while late", staff, daysAgo: 60);
        await _scenario.WithdrawAsync(withdrawn, staff);

        await RunAsync(new MutableTimeProvider(DateTimeOffset.UtcNow));

        Assert.Empty(await RemindersAsync(withdrawn));
    }

    private async Task RunAsync(TimeProvider clock)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReviewClockReminder>().RunAsync(clock);
    }

    private Task<List<Domain.Notifications.OutboxMessage>> RemindersAsync(int id) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.IetProposalId == id && m.Kind == ReviewNotifications.ReviewClockReminderKind)
            .OrderBy(m => m.ToAddress)
            .ToListAsync());
}
