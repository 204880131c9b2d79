using System.Collections.Concurrent;
using IetPortal.Infrastructure.Email;

namespace IetPortal.Web.Tests.Notifications;

/// <summary>
/// The mail-system boundary, scripted: the first <c>failures</c> calls throw as an unreachable server would, later
/// calls succeed. Thread-safe, so several dispatchers can share it and every delivery is counted exactly.
/// </summary>
public sealed class ScriptedEmailDelivery(int failures = 0, string error = "Connection refused by mail.college.example") : IEmailDelivery
{
    public const int AlwaysFail = int.MaxValue;

    private readonly ConcurrentQueue<EmailMessage> _delivered = new();
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyList<EmailMessage> Delivered => [.. _delivered];

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        // Gives a concurrently running dispatcher the chance to interleave, as a real network round trip would.
        await Task.Yield();
        if (call <= failures)
        {
            throw new IOException(error);
        }

        _delivered.Enqueue(message);
    }
}
