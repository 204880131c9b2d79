using IetPortal.Domain.Auditing;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.Review;

/// <summary>
/// What one reminder pass did: the late proposals it found, how many it reminded about, and how many it found due but
/// lost to a pass running at the same moment on another web node (which sent those reminders instead).
/// </summary>
public sealed record ReminderRun(int Late, int Reminded, int RemindedElsewhere = 0);

/// <summary>
/// Issue 5: "a daily reminder when the review clock runs late". Each pass finds the proposals waiting for a decision
/// (Submitted, In review) past the administrator's target and emails the assigned reviewer, or every reviewer without a
/// conflict with the college when nobody is assigned. A pass can run as often as it likes, on every web node at once:
/// each proposal is reminded about at most once a day (UTC).
/// </summary>
/// <remarks>
/// The guarantee is the database's, not this process's: each reminder is one <see cref="ReviewReminder"/> row, unique
/// per proposal and day, saved in the same <c>SaveChanges</c> (one transaction) as its emails and its audit event
/// ("Review clock reminder"), one proposal at a time. When two nodes both read a proposal as not reminded today, both
/// try to insert its row; the unique index lets exactly one commit, and the other's transaction, emails included, is
/// rolled back. The loser sees the winner's row, counts the proposal as reminded elsewhere and goes on with the next.
/// </remarks>
public sealed partial class ReviewClockReminder(
    IetPortalDbContext db, ReviewActors actors, ReviewNotifications notifications, ILogger<ReviewClockReminder> logger)
{
    public const string AuditAction = "Review clock reminder";

    public async Task<ReminderRun> RunAsync(TimeProvider now, CancellationToken ct = default) =>
        await RemindAsync(await FindDueAsync(now, ct), ct);

    /// <summary>The late proposals not reminded about today. Separate from <see cref="RemindAsync"/> so tests can interleave nodes.</summary>
    internal async Task<DueReminders> FindDueAsync(TimeProvider now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(now);
        var nowUtc = now.GetUtcNow().UtcDateTime;
        var startOfDay = nowUtc.Date;
        var today = DateOnly.FromDateTime(nowUtc);
        var target = await ReviewClock.TargetDaysAsync(db, ct);

        // Late means more whole days than the target since the version was submitted (ReviewClock.DaysBetween).
        var lateBefore = startOfDay.AddDays(-target);
        var late = await db.Proposals.AsNoTracking()
            .Where(p => (p.Status == ProposalStatus.Submitted || p.Status == ProposalStatus.InReview)
                && p.SubmittedAtUtc != null && p.SubmittedAtUtc < lateBefore)
            .OrderBy(p => p.SubmittedAtUtc)
            .Select(p => new LateProposal(
                p.Id,
                p.Title,
                p.CollegeId,
                p.Status,
                p.SubmittedAtUtc,
                p.AssignedReviewerId,
                db.Colleges.Where(c => c.Id == p.CollegeId).Select(c => c.Name).First(),
                db.ReviewReminders.Any(r => r.IetProposalId == p.Id && r.Day == today)))
            .ToListAsync(ct);
        return new DueReminders(nowUtc, target, late.Count, [.. late.Where(p => !p.RemindedToday)]);
    }

    /// <summary>Reminds about each due proposal in its own transaction; a proposal another node reminded about first is skipped.</summary>
    internal async Task<ReminderRun> RemindAsync(DueReminders due, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(due);
        if (due.Proposals.Count == 0)
        {
            return new ReminderRun(due.Late, 0);
        }

        var today = DateOnly.FromDateTime(due.NowUtc);
        var reviewers = await actors.ReviewersAsync(ct);
        var addresses = await actors.ReviewerUsers()
            .Where(u => u.Email != null)
            .Select(u => new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email!, StringComparer.Ordinal, ct);
        int reminded = 0, remindedElsewhere = 0;
        foreach (var proposal in due.Proposals)
        {
            var recipients = proposal.AssignedReviewerId is { } assigned
                ? [assigned]
                : reviewers.Where(r => r.MayReview(proposal.CollegeId)).Select(r => r.Id).ToList();
            var emails = recipients.Select(id => addresses.GetValueOrDefault(id)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (emails.Count == 0)
            {
                continue;
            }

            var clock = ReviewClock.For(proposal.Status, proposal.SubmittedAtUtc, due.NowUtc, due.TargetDays);
            notifications.ReviewClockLate(proposal.Id, proposal.Title, proposal.CollegeName, clock, emails);
            db.ReviewReminders.Add(new ReviewReminder
            {
                IetProposalId = proposal.Id,
                Day = today,
                SentAtUtc = due.NowUtc,
                RecipientCount = emails.Count,
            });
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredAtUtc = due.NowUtc,
                IetProposalId = proposal.Id,
                EntityType = nameof(Domain.Proposals.IetProposal),
                EntityId = proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Action = AuditAction,
                Details = $"{clock.Text}; reminder sent to {(emails.Count == 1 ? "1 reviewer" : $"{emails.Count} reviewers")}",
            });
            if (await TrySaveAsync(proposal.Id, today, ct))
            {
                reminded++;
            }
            else
            {
                remindedElsewhere++;
            }
        }

        return new ReminderRun(due.Late, reminded, remindedElsewhere);
    }

    /// <summary>Saves one proposal's reminder, emails and audit event; false when another node saved that reminder first.</summary>
    private async Task<bool> TrySaveAsync(int proposalId, DateOnly day, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The transaction was rolled back: nothing of this reminder was written, so drop it from the unit of work.
            db.ChangeTracker.Clear();
            if (!await db.ReviewReminders.AsNoTracking().AnyAsync(r => r.IetProposalId == proposalId && r.Day == day, ct))
            {
                throw;
            }

            LogRemindedElsewhere(logger, proposalId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Proposal {ProposalId} was reminded about today by another node's reminder pass; its emails were not written again")]
    private static partial void LogRemindedElsewhere(ILogger logger, int proposalId);
}

/// <summary>A late proposal as a reminder pass reads it.</summary>
internal sealed record LateProposal(
    int Id, string Title, int CollegeId, ProposalStatus Status, DateTime? SubmittedAtUtc, string? AssignedReviewerId, string CollegeName, bool RemindedToday);

/// <summary>What a pass read: when, the target it measured against, how many proposals were late, and those still due today.</summary>
internal sealed record DueReminders(DateTime NowUtc, int TargetDays, int Late, IReadOnlyList<LateProposal> Proposals);

/// <summary>When and whether this node runs the reminder (section <c>ReviewClock</c>).</summary>
public sealed class ReviewClockOptions
{
    public const string SectionName = "ReviewClock";

    /// <summary>Off turns the daily reminder off on this node (it also stays off where <c>Email:DispatchEnabled</c> is false).</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>Minutes between passes; a proposal is still reminded about at most once a day.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1440)]
    public int CheckIntervalMinutes { get; set; } = 60;
}

/// <summary>
/// Runs <see cref="ReviewClockReminder"/> every <see cref="ReviewClockOptions.CheckIntervalMinutes"/>. It runs where the
/// outbox is dispatched (<c>Email:DispatchEnabled</c>): the nodes that do the background email work, and not the
/// integration tests, which run a pass explicitly.
/// </summary>
/// <remarks>
/// With several nodes, a pass first takes the database lease <see cref="BackgroundLease.ReviewClockReminder"/>: while one
/// node runs a pass, a pass due on another node is skipped (that node tries again at its next interval), so passes do
/// not overlap and do not compete for the same reminders. The lease only spares that work: the once-a-day guarantee is
/// the reminder's unique key (<see cref="ReviewClockReminder"/>), which also covers a node that outlives its lease.
/// </remarks>
public sealed partial class ReviewClockReminderService(
    IServiceScopeFactory scopes,
    IOptions<ReviewClockOptions> options,
    IOptions<EmailOptions> email,
    TimeProvider clock,
    ILogger<ReviewClockReminderService> logger) : BackgroundService
{
    /// <summary>Far longer than a pass takes; a node that dies holding the lease delays the next pass by at most this.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);

    private readonly string _leaseOwner = BackgroundLeases.NewOwner();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RemindersEnabled || !email.Value.DispatchEnabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.CheckIntervalMinutes), clock);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the next pass (here or on another node) picks up what is still due.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<BackgroundLeases>();
            if (!await leases.TryAcquireAsync(BackgroundLease.ReviewClockReminder, _leaseOwner, LeaseDuration, stoppingToken))
            {
                LogRunningElsewhere(logger);
                return;
            }

            try
            {
                var run = await scope.ServiceProvider.GetRequiredService<ReviewClockReminder>().RunAsync(clock, stoppingToken);
                if (run.Reminded + run.RemindedElsewhere > 0)
                {
                    LogReminded(logger, run.Reminded, run.Late, run.RemindedElsewhere);
                }
            }
            finally
            {
                await leases.ReleaseAsync(BackgroundLease.ReviewClockReminder, _leaseOwner, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // A database outage must not stop the loop for good: log it and try again at the next tick.
            LogPassFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Review clock reminders are off on this node")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Another node is running a review clock reminder pass; this node skips this one")]
    private static partial void LogRunningElsewhere(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review clock reminders sent for {Reminded} of {Late} late proposals ({RemindedElsewhere} sent by another node at the same moment)")]
    private static partial void LogReminded(ILogger logger, int reminded, int late, int remindedElsewhere);

    [LoggerMessage(Level = LogLevel.Error, Message = "A review clock reminder pass failed; retrying at the next interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
