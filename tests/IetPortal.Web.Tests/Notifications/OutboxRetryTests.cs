using System.Net;
using System.Net.Sockets;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Notifications;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Tests.Notifications;

/// <summary>A failed delivery is retried on an exponential schedule, given up after the limit, and sent once when it works.</summary>
public sealed class OutboxRetryTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task A_failing_message_is_retried_with_growing_delays_and_given_up_after_the_attempt_limit()
    {
        var scenario = await new OutboxScenario(app).StartEmptyAsync();
        var id = (await scenario.EnqueueAsync(1)).Single();
        var delivery = new ScriptedEmailDelivery(ScriptedEmailDelivery.AlwaysFail);
        await using var node = scenario.StartNode(delivery, maxAttempts: 8);

        for (var attempt = 1; attempt <= 8; attempt++)
        {
            var failedAt = scenario.Now;
            Assert.Equal(new DispatchOutcome(Sent: 0, Failed: 1, Skipped: 0), await node.DispatchAsync());
            var message = await scenario.LoadAsync(id);
            Assert.Equal(attempt, message.Attempts);
            Assert.Null(message.SentAtUtc);
            Assert.Null(message.LeaseOwner);
            Assert.Contains("Connection refused", message.LastError, StringComparison.Ordinal);
            if (attempt == 8)
            {
                Assert.StartsWith("Gave up after 8 attempts.", message.LastError, StringComparison.Ordinal);
                break;
            }

            var nominal = OutboxRetrySchedule.NominalDelay(attempt);
            Assert.InRange(message.NextAttemptAtUtc, failedAt + nominal, failedAt + (nominal * 1.1) + TimeSpan.FromMilliseconds(1));
            scenario.Clock.SetTo(failedAt + nominal - TimeSpan.FromSeconds(1));
            Assert.Equal(default, await node.DispatchAsync());
            scenario.Clock.SetTo(message.NextAttemptAtUtc);
        }

        scenario.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(default, await node.DispatchAsync());
        Assert.Equal(8, delivery.Calls);
        Assert.Null((await scenario.LoadAsync(id)).SentAtUtc);
    }

    [Fact]
    public void The_delays_double_from_one_minute_and_stop_growing_at_one_hour()
    {
        var minutes = Enumerable.Range(1, 9).Select(n => OutboxRetrySchedule.NominalDelay(n).TotalMinutes);

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], minutes);
        Assert.Equal(TimeSpan.FromMinutes(8.8), OutboxRetrySchedule.DelayAfter(4, jitterFraction: 1));
        Assert.Equal(TimeSpan.FromMinutes(8), OutboxRetrySchedule.DelayAfter(4, jitterFraction: 0));
    }

    [Fact]
    public async Task A_message_that_succeeds_after_failures_is_sent_once_and_never_again()
    {
        var scenario = await new OutboxScenario(app).StartEmptyAsync();
        var id = (await scenario.EnqueueAsync(1)).Single();
        var delivery = new ScriptedEmailDelivery(failures: 2);
        await using var node = scenario.StartNode(delivery);

        Assert.Equal(1, (await node.DispatchAsync()).Failed);
        scenario.Clock.SetTo((await scenario.LoadAsync(id)).NextAttemptAtUtc);
        Assert.Equal(1, (await node.DispatchAsync()).Failed);
        scenario.Clock.SetTo((await scenario.LoadAsync(id)).NextAttemptAtUtc);
        Assert.Equal(1, (await node.DispatchAsync()).Sent);
        scenario.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(default, await node.DispatchAsync());

        var sent = Assert.Single(delivery.Delivered);
        Assert.StartsWith($"outbox.{id:N}@", sent.MessageId, StringComparison.Ordinal);
        var stored = await scenario.LoadAsync(id);
        Assert.Equal(3, stored.Attempts);
        Assert.Equal(scenario.Now - TimeSpan.FromDays(1), stored.SentAtUtc);
        Assert.Null(stored.LeaseOwner);
        Assert.Null(stored.LeaseExpiresAtUtc);
    }

    [Fact]
    public async Task The_recorded_error_masks_the_recipient_and_stays_within_its_column()
    {
        var scenario = await new OutboxScenario(app).StartEmptyAsync();
        var id = (await scenario.EnqueueAsync(1)).Single();
        var error = "550 5.1.1 <reviewer1@wtcs.example.org>: Recipient address rejected " + new string('x', 3000);
        await using var node = scenario.StartNode(new ScriptedEmailDelivery(ScriptedEmailDelivery.AlwaysFail, error));

        await node.DispatchAsync();

        var lastError = (await scenario.LoadAsync(id)).LastError!;
        Assert.DoesNotContain("reviewer1@", lastError, StringComparison.Ordinal);
        Assert.Contains("r***@wtcs.example.org", lastError, StringComparison.Ordinal);
        Assert.True(lastError.Length <= 1_000, $"LastError has {lastError.Length} characters.");
    }

    [Fact]
    public async Task An_unreachable_smtp_server_leaves_the_message_for_a_retry()
    {
        var scenario = await new OutboxScenario(app).StartEmptyAsync();
        var id = (await scenario.EnqueueAsync(1)).Single();
        var smtp = new SmtpEmailDelivery(Options.Create(new EmailOptions
        {
            Mode = EmailDeliveryMode.Smtp,
            SmtpHost = "127.0.0.1",
            SmtpPort = ClosedLoopbackPort(),
            SmtpSecurity = "None",
        }));
        await using var node = scenario.StartNode(smtp);

        Assert.Equal(1, (await node.DispatchAsync()).Failed);

        var stored = await scenario.LoadAsync(id);
        Assert.Null(stored.SentAtUtc);
        Assert.Equal(1, stored.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(stored.LastError));
        Assert.True(stored.NextAttemptAtUtc >= scenario.Now + TimeSpan.FromMinutes(1));
    }

    /// <summary>A loopback port nothing listens on: bound by the OS, then released.</summary>
    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
