using IetPortal.Domain.Auditing;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.Review;

/// <summary>What one reminder pass did: the late proposals it found and how many of them it reminded about.</summary>
public sealed record ReminderRun(int Late, int Reminded);

/// <summary>
/// Issue 5: "a daily reminder when the review clock runs late". Each pass finds the proposals waiting for a decision
/// (Submitted, In review) past the administrator's target and emails the assigned reviewer, or every reviewer without a
/// conflict with the college when nobody is assigned. A reminder is recorded as an audit event ("Review clock
/// reminder") in the same SaveChanges as its emails, and a proposal reminded about today is skipped, so a pass can run
/// as often as it likes and each proposal is reminded about at most once a day.
/// </summary>
public sealed class ReviewClockReminder(IetPortalDbContext db, ReviewActors actors, ReviewNotifications notifications)
{
    public const string AuditAction = "Review clock reminder";

    public async Task<ReminderRun> RunAsync(TimeProvider now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(now);
        var nowUtc = now.GetUtcNow().UtcDateTime;
        var startOfDay = nowUtc.Date;
        var target = await ReviewClock.TargetDaysAsync(db, ct);

        // Late means more whole days than the target since the version was submitted (ReviewClock.DaysBetween).
        var lateBefore = startOfDay.AddDays(-target);
        var late = await db.Proposals.AsNoTracking()
            .Where(p => (p.Status == ProposalStatus.Submitted || p.Status == ProposalStatus.InReview)
                && p.SubmittedAtUtc != null && p.SubmittedAtUtc < lateBefore)
            .Select(p => new
            {
                p.Id,
                p.Title,
                p.CollegeId,
                p.Status,
                p.SubmittedAtUtc,
                p.AssignedReviewerId,
                CollegeName = db.Colleges.Where(c => c.Id == p.CollegeId).Select(c => c.Name).First(),
                RemindedToday = db.AuditEvents.Any(e => e.IetProposalId == p.Id && e.Action == AuditAction && e.OccurredAtUtc >= startOfDay),
            })
            .OrderBy(p => p.SubmittedAtUtc)
            .ToListAsync(ct);
        var due = late.Where(p => !p.RemindedToday).ToList();
        if (due.Count == 0)
        {
            return new ReminderRun(late.Count, 0);
        }

        var reviewers = await actors.ReviewersAsync(ct);
        var addresses = await actors.ReviewerUsers()
            .Where(u => u.Email != null)
            .Select(u => new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email!, StringComparer.Ordinal, ct);
        var reminded = 0;
        foreach (var proposal in due)
        {
            var recipients = proposal.AssignedReviewerId is { } assigned
                ? [assigned]
                : reviewers.Where(r => r.MayReview(proposal.CollegeId)).Select(r => r.Id).ToList();
            var emails = recipients.Select(id => addresses.GetValueOrDefault(id)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (emails.Count == 0)
            {
                continue;
            }

            var clock = ReviewClock.For(proposal.Status, proposal.SubmittedAtUtc, nowUtc, target);
            notifications.ReviewClockLate(proposal.Id, proposal.Title, proposal.CollegeName, clock, emails);
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredAtUtc = nowUtc,
                IetProposalId = proposal.Id,
                EntityType = nameof(Domain.Proposals.IetProposal),
                EntityId = proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Action = AuditAction,
                Details = $"{clock.Text}; reminder sent to {(emails.Count == 1 ? "1 reviewer" : $"{emails.Count} reviewers")}",
            });
            reminded++;
        }

        await db.SaveChangesAsync(ct);
        return new ReminderRun(late.Count, reminded);
    }
}

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
public sealed partial class ReviewClockReminderService(
    IServiceScopeFactory scopes,
    IOptions<ReviewClockOptions> options,
    IOptions<EmailOptions> email,
    TimeProvider clock,
    ILogger<ReviewClockReminderService> logger) : BackgroundService
{
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
            var run = await scope.ServiceProvider.GetRequiredService<ReviewClockReminder>().RunAsync(clock, stoppingToken);
            if (run.Reminded > 0)
            {
                LogReminded(logger, run.Reminded, run.Late);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Review clock reminders sent for {Reminded} of {Late} late proposals")]
    private static partial void LogReminded(ILogger logger, int reminded, int late);

    [LoggerMessage(Level = LogLevel.Error, Message = "A review clock reminder pass failed; retrying at the next interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
