using IetPortal.Domain.Common;
using IetPortal.Domain.Notifications;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IetPortal.Infrastructure.Notifications;

/// <summary>
/// Delivers due outbox messages: claims each with a lease, sends it through <see cref="IEmailDelivery"/>, and records
/// the outcome. Any number of web nodes may run it against the same database at once.
/// </summary>
/// <remarks>
/// <para>
/// <b>Claiming.</b> A message is due when it is unsent, has attempts left, its <c>NextAttemptAtUtc</c> has come and no
/// live lease covers it. A node claims it by writing its lease owner and expiry together with a new concurrency
/// stamp, conditional on the stamp it read (<c>ConcurrencyStamp</c> is a concurrency token). The update succeeds only
/// if nobody wrote the row since it was read as due, so of several nodes racing for a message exactly one wins; the
/// others get a <see cref="DbUpdateConcurrencyException"/> and skip it. This holds on SQLite, SQL Server and
/// PostgreSQL alike, without provider-specific locking SQL.
/// </para>
/// <para>
/// <b>Never twice, and the one window left.</b> A message is only sent by the node holding its live lease, and it is
/// marked sent in its own save immediately after the mail server accepts it (not at the end of the batch, and not
/// cancelled by shutdown). The only way to send it twice is a crash (or a lost database connection) between the
/// server's acceptance and that save: the lease then expires and another node sends it again. That window is a
/// single round trip long. Each message also carries a stable <c>Message-Id</c> derived from the outbox row's id
/// (<see cref="MessageIdFor"/>), identical on every attempt, so receiving systems that de-duplicate by Message-Id
/// discard such a repeat. A node also never sends past its lease: sends are cut off after <see cref="SendTimeout"/>,
/// well inside <see cref="LeaseDuration"/>.
/// </para>
/// </remarks>
public sealed partial class OutboxDispatcher(
    IetPortalDbContext db,
    IEmailDelivery delivery,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Messages claimed per pass; the background service runs passes until one comes back short.</summary>
    public const int BatchSize = 20;

    /// <summary>How long a claim keeps other nodes away: long enough for one send, short enough to recover quickly.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    /// <summary>A send that takes longer is abandoned as failed (and retried), so it cannot outlive the lease.</summary>
    public static readonly TimeSpan SendTimeout = TimeSpan.FromMinutes(2);

    private const int LeaseOwnerMaxLength = 100;

    /// <summary>Who holds this dispatcher's leases: the machine name and a per-instance id (two dispatchers never share one).</summary>
    public string LeaseOwner { get; } = NewLeaseOwner();

    /// <summary>The stable <c>Message-Id</c> of an outbox message: the same on every attempt and on every node.</summary>
    public static string MessageIdFor(Guid outboxMessageId, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(fromAddress);
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..] : "ietportal.invalid";
        return $"outbox.{outboxMessageId:N}@{domain}";
    }

    /// <summary>Claims and delivers one batch of due messages. Stops starting new sends once cancelled.</summary>
    public async Task<DispatchOutcome> DispatchDueAsync(CancellationToken cancellationToken) =>
        await DispatchAsync(await ReadDueAsync(cancellationToken), cancellationToken);

    /// <summary>The oldest due messages, tracked. Separate from <see cref="DispatchAsync"/> so tests can interleave nodes.</summary>
    internal async Task<List<OutboxMessage>> ReadDueAsync(CancellationToken cancellationToken)
    {
        var maxAttempts = options.Value.MaxAttempts;
        var now = Now();
        return await db.OutboxMessages
            .Where(m => m.SentAtUtc == null
                && m.Attempts < maxAttempts
                && m.NextAttemptAtUtc <= now
                && (m.LeaseExpiresAtUtc == null || m.LeaseExpiresAtUtc <= now))
            .OrderBy(m => m.NextAttemptAtUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Claims, sends and records each message read by <see cref="ReadDueAsync"/>, one at a time.</summary>
    internal async Task<DispatchOutcome> DispatchAsync(IReadOnlyList<OutboxMessage> due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var settings = options.Value;
        int sent = 0, failed = 0, skipped = 0;
        foreach (var message in due)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (!await TryClaimAsync(message, cancellationToken))
            {
                skipped++;
                continue;
            }

            if (await DeliverAsync(message, settings))
            {
                sent++;
            }
            else
            {
                failed++;
            }

            // Done with it: a later pass on this context must read the row afresh, not reuse this copy.
            db.Entry(message).State = EntityState.Detached;
        }

        return new DispatchOutcome(sent, failed, skipped);
    }

    private async Task<bool> TryClaimAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        message.LeaseOwner = LeaseOwner;
        message.LeaseExpiresAtUtc = Now() + LeaseDuration;
        message.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node claimed (or finished) it after we read it as due: it is theirs.
            db.Entry(message).State = EntityState.Detached;
            LogClaimedElsewhere(logger, message.Id, message.Kind);
            return false;
        }
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, EmailOptions settings)
    {
        var email = new EmailMessage(message.ToAddress, message.Subject, message.BodyText, message.BodyHtml)
        {
            MessageId = MessageIdFor(message.Id, settings.FromAddress),
        };
        message.Attempts++;
        try
        {
            // Deliberately not the shutdown token: a send that has started should finish and be recorded, since
            // aborting it half-way leaves exactly the "accepted but not marked" state that could cause a resend.
            using var timeout = new CancellationTokenSource(SendTimeout);
            await delivery.SendAsync(email, timeout.Token);
        }
        catch (Exception exception)
        {
            // Any failure of the mail system (network, TLS, SMTP reply, timeout) means "try again later".
            await RecordFailureAsync(message, settings, exception);
            return false;
        }

        message.SentAtUtc = Now();
        ReleaseLease(message);
        await SaveOutcomeAsync(message);
        LogSent(logger, message.Id, message.Kind, message.Attempts);
        return true;
    }

    private async Task RecordFailureAsync(OutboxMessage message, EmailOptions settings, Exception exception)
    {
        var error = DeliveryErrorText.Describe(exception);
        if (message.Attempts >= settings.MaxAttempts)
        {
            // Left unsent, with the reason, for operators to see (and, once fixed, to reset; see docs/operations.md).
            message.LastError = DeliveryErrorText.Truncate(
                $"Gave up after {message.Attempts} attempts. Last error: {error}", FieldLengths.MediumText);
            LogGaveUp(logger, message.Id, message.Kind, message.Attempts, error);
        }
        else
        {
            message.LastError = error;
            var delay = OutboxRetrySchedule.DelayAfter(message.Attempts, Random.Shared.NextDouble());
            message.NextAttemptAtUtc = Now() + delay;
            LogRetryScheduled(logger, message.Id, message.Kind, message.Attempts, message.NextAttemptAtUtc, error);
        }

        ReleaseLease(message);
        await SaveOutcomeAsync(message);
    }

    private static void ReleaseLease(OutboxMessage message)
    {
        message.LeaseOwner = null;
        message.LeaseExpiresAtUtc = null;
        message.ConcurrencyStamp = Guid.NewGuid();
    }

    private async Task SaveOutcomeAsync(OutboxMessage message)
    {
        try
        {
            // Not cancellable: recording the outcome of a send that happened is what keeps it from happening again.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Only possible if this node overran its lease and another node took the message over.
            db.Entry(message).State = EntityState.Detached;
            LogLeaseLost(logger, message.Id, message.Kind);
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string NewLeaseOwner()
    {
        var id = Guid.NewGuid().ToString("N");
        var machine = Environment.MachineName;
        var room = LeaseOwnerMaxLength - id.Length - 1;
        return $"{(machine.Length > room ? machine[..room] : machine)}:{id}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {OutboxMessageId} ({Kind}) sent on attempt {Attempt}")]
    private static partial void LogSent(ILogger logger, Guid outboxMessageId, string kind, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {OutboxMessageId} ({Kind}) failed on attempt {Attempt}; next attempt at {NextAttemptAtUtc:o}: {Error}")]
    private static partial void LogRetryScheduled(ILogger logger, Guid outboxMessageId, string kind, int attempt, DateTime nextAttemptAtUtc, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {OutboxMessageId} ({Kind}) gave up after {Attempt} attempts: {Error}")]
    private static partial void LogGaveUp(ILogger logger, Guid outboxMessageId, string kind, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox message {OutboxMessageId} ({Kind}) was claimed by another node")]
    private static partial void LogClaimedElsewhere(ILogger logger, Guid outboxMessageId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {OutboxMessageId} ({Kind}): its lease expired before the outcome was recorded and another node took it over")]
    private static partial void LogLeaseLost(ILogger logger, Guid outboxMessageId, string kind);
}
