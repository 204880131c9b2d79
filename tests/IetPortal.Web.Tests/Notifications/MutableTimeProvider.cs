namespace IetPortal.Web.Tests.Notifications;

/// <summary>A clock the test moves by hand, so retry schedules and lease expiry are checked without waiting.</summary>
public sealed class MutableTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);

    public void SetTo(DateTime utc) => Interlocked.Exchange(ref _utcTicks, DateTime.SpecifyKind(utc, DateTimeKind.Utc).Ticks);
}
