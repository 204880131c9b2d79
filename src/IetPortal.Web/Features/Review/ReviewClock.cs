using IetPortal.Domain.Compliance;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Review;

/// <summary>
/// The review clock of PRODUCT.md: days since the version under review was submitted, against the administrator's
/// target (threshold <see cref="ThresholdKeys.ReviewClockTargetDays"/>). It runs while the proposal waits for a
/// decision (Submitted, In review) and stops otherwise. Its text never relies on colour: "Late: 35 days (target 30)".
/// </summary>
public sealed record ReviewClock(ProposalStatus Status, int? AgeDays, int TargetDays)
{
    public bool IsRunning => Status is ProposalStatus.Submitted or ProposalStatus.InReview && AgeDays is not null;

    public bool IsLate => IsRunning && AgeDays > TargetDays;

    public string Age => AgeDays switch
    {
        null => "Not submitted",
        1 => "1 day",
        var days => $"{days} days",
    };

    public string Text
    {
        get
        {
            if (!IsRunning)
            {
                return Status switch
                {
                    ProposalStatus.Returned => "Stopped: returned to the college",
                    ProposalStatus.Approved => "Stopped: approved",
                    ProposalStatus.Withdrawn => "Stopped: withdrawn",
                    ProposalStatus.Superseded => "Stopped: superseded",
                    _ => "Not running",
                };
            }

            if (IsLate)
            {
                return $"Late: {Age} (target {TargetDays})";
            }

            var left = TargetDays - AgeDays!.Value;
            return left == 0 ? $"Due today (target {TargetDays})" : $"On time: {Days(left)} left (target {TargetDays})";
        }
    }

    public static ReviewClock For(ProposalStatus status, DateTime? submittedAtUtc, DateTime nowUtc, int targetDays) =>
        new(status, submittedAtUtc is { } submitted ? DaysBetween(submitted, nowUtc) : null, targetDays);

    /// <summary>Whole calendar days (UTC) from submission to now: submitted today is 0 days.</summary>
    public static int DaysBetween(DateTime fromUtc, DateTime toUtc) =>
        Math.Max(0, DateOnly.FromDateTime(toUtc).DayNumber - DateOnly.FromDateTime(fromUtc).DayNumber);

    /// <summary>The target in force: the administrator's threshold, or its seeded default.</summary>
    public static async Task<int> TargetDaysAsync(IetPortalDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.ComplianceThresholds.AsNoTracking()
            .Where(t => t.Key == ThresholdKeys.ReviewClockTargetDays)
            .Select(t => (decimal?)t.Value)
            .FirstOrDefaultAsync(ct);
        var value = stored ?? ThresholdKeys.Defaults.First(t => t.Key == ThresholdKeys.ReviewClockTargetDays).Value;
        return (int)Math.Max(0, Math.Round(value, MidpointRounding.AwayFromZero));
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
