using IetPortal.Web.Features.Review;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Review;

/// <summary>
/// Issue 8: background work runs exactly once across web nodes. Two reminder passes, each with its own scope and
/// DbContext as on two nodes, run at the same moment against one database: each late proposal gets one reminder a day,
/// and the pass that loses a proposal to the other writes none of its emails.
/// </summary>
public abstract class ReminderRaceTests(IetPortalFactory app)
{
    private readonly ReviewScenario _scenario = new(app);

    [Fact]
    public async Task Two_passes_that_both_read_a_proposal_as_due_write_one_reminder_and_one_set_of_emails()
    {
        var staff = await _scenario.StaffAsync("NTC");
        var assigned = await _scenario.ReviewerAsync();
        var other = await _scenario.ReviewerAsync();
        var late = await _scenario.InReviewAsync("Read as due by both nodes", staff, assigned, daysAgo: 40);
        var lateUnassigned = await _scenario.SubmittedAsync("Read as due by both nodes, unassigned", staff, daysAgo: 45);
        var clock = new MutableTimeProvider(DateTimeOffset.UtcNow);
        await using var nodeA = app.Services.CreateAsyncScope();
        await using var nodeB = app.Services.CreateAsyncScope();
        var reminderA = nodeA.ServiceProvider.GetRequiredService<ReviewClockReminder>();
        var reminderB = nodeB.ServiceProvider.GetRequiredService<ReviewClockReminder>();

        // Both nodes read before either writes: both see the proposals as not reminded today.
        var dueA = await reminderA.FindDueAsync(clock, CancellationToken.None);
        var dueB = await reminderB.FindDueAsync(clock, CancellationToken.None);
        Assert.Contains(dueA.Proposals, p => p.Id == late);
        Assert.Contains(dueB.Proposals, p => p.Id == late);
        Assert.Contains(dueB.Proposals, p => p.Id == lateUnassigned);
        var runs = await Task.WhenAll(
            Task.Run(() => reminderA.RemindAsync(dueA, CancellationToken.None)),
            Task.Run(() => reminderB.RemindAsync(dueB, CancellationToken.None)));

        // Every due proposal was reminded about by exactly one of the two; the other counted it as done elsewhere.
        Assert.Equal(dueA.Proposals.Count, dueB.Proposals.Count);
        Assert.Equal(dueA.Proposals.Count, runs.Sum(r => r.Reminded));
        Assert.Equal(dueA.Proposals.Count, runs.Sum(r => r.RemindedElsewhere));
        Assert.Equal(1, await RemindersAsync(late));
        Assert.Equal(1, await RemindersAsync(lateUnassigned));
        Assert.Equal([assigned.Email], await EmailsAsync(late), StringComparer.OrdinalIgnoreCase);
        var toEveryone = await EmailsAsync(lateUnassigned);
        Assert.Equal(toEveryone.Count, toEveryone.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(other.Email, toEveryone, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(1, await AuditEventsAsync(late));
        Assert.Equal(1, await AuditEventsAsync(lateUnassigned));
    }

    [Fact]
    public async Task Passes_running_at_once_on_two_nodes_day_after_day_remind_about_each_proposal_once_a_day()
    {
        var staff = await _scenario.StaffAsync("CVTC");
        var reviewer = await _scenario.ReviewerAsync();
        var proposals = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            proposals.Add(await _scenario.InReviewAsync($"Late review {i + 1}", staff, reviewer, daysAgo: 35 + i));
        }

        var clock = new MutableTimeProvider(DateTimeOffset.UtcNow.AddDays(10));
        const int days = 4;
        for (var day = 0; day < days; day++)
        {
            using var start = new Barrier(2);
            await Task.WhenAll(Task.Run(() => PassAsync(start)), Task.Run(() => PassAsync(start)));
            clock.Advance(TimeSpan.FromDays(1));
        }

        foreach (var id in proposals)
        {
            Assert.Equal(Enumerable.Repeat(reviewer.Email, days), await EmailsAsync(id), StringComparer.OrdinalIgnoreCase);
            Assert.Equal(days, await AuditEventsAsync(id));
            Assert.Equal(days, await RemindersAsync(id));
        }

        async Task PassAsync(Barrier start)
        {
            await using var node = app.Services.CreateAsyncScope();
            var reminder = node.ServiceProvider.GetRequiredService<ReviewClockReminder>();
            // Both passes begin together, each on its own DbContext and connection, as on two web nodes.
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            await reminder.RunAsync(clock);
        }
    }

    private Task<int> RemindersAsync(int id) => app.WithDbAsync(db => db.ReviewReminders.CountAsync(r => r.IetProposalId == id));

    private Task<int> AuditEventsAsync(int id) =>
        app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.IetProposalId == id && e.Action == ReviewClockReminder.AuditAction));

    private Task<List<string>> EmailsAsync(int id) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.IetProposalId == id && m.Kind == ReviewNotifications.ReviewClockReminderKind)
            .Select(m => m.ToAddress)
            .ToListAsync());
}

public sealed class PostgresReminderRaceTests(PostgresAppFactory app) : ReminderRaceTests(app), IClassFixture<PostgresAppFactory>;

public sealed class SqliteReminderRaceTests(SqliteAppFactory app) : ReminderRaceTests(app), IClassFixture<SqliteAppFactory>;
