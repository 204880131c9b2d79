namespace IetPortal.Infrastructure.Notifications;

/// <summary>
/// When a failed message is tried again: exponential backoff (1, 2, 4, 8 ... minutes after the 1st, 2nd, 3rd ...
/// failure), capped at one hour, plus up to 10 % random delay so messages that failed together (a mail server
/// outage) do not all come back in the same second. The jitter only ever adds time, so a retry never comes earlier
/// than the nominal schedule.
/// </summary>
public static class OutboxRetrySchedule
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaximumDelay = TimeSpan.FromHours(1);
    public const double MaximumJitter = 0.10;

    /// <summary>The nominal delay after the given number of failed attempts (1 or more), without jitter.</summary>
    public static TimeSpan NominalDelay(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        // 2^6 minutes already exceeds the cap; stopping the exponent there also avoids overflow.
        var exponent = Math.Min(failedAttempts - 1, 6);
        var delay = FirstDelay * Math.Pow(2, exponent);
        return delay < MaximumDelay ? delay : MaximumDelay;
    }

    /// <summary>The delay to use: the nominal delay plus a fraction (0 to <see cref="MaximumJitter"/>) of it.</summary>
    public static TimeSpan DelayAfter(int failedAttempts, double jitterFraction)
    {
        var nominal = NominalDelay(failedAttempts);
        return nominal + (nominal * (Math.Clamp(jitterFraction, 0, 1) * MaximumJitter));
    }
}
