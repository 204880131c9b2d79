using IetPortal.Infrastructure.Notifications;
using IetPortal.Web.Tests.Infrastructure;

namespace IetPortal.Web.Tests.Notifications;

/// <summary>
/// Several web nodes dispatch from one database: each message is claimed by exactly one of them, and a message
/// held by a node that died is taken over once its lease runs out.
/// </summary>
public abstract class SeveralNodesTests(IetPortalFactory app)
{
    [Fact]
    public async Task Two_nodes_dispatching_at_once_deliver_every_message_exactly_once()
    {
        var scenario = await new OutboxScenario(app).StartEmptyAsync();
        var ids = await scenario.EnqueueAsync(50);
        var delivery = new ScriptedEmailDelivery();
        await using var first = scenario.StartNode(delivery);
        await using var second = scenario.StartNode(delivery);
        Assert.NotEqual(first.Dispatcher.LeaseOwner, second.Dispatcher.LeaseOwner);

        var sentByEach = await Task.WhenAll(
            Task.Run(first.DispatchUntilIdleAsync),
            Task.Run(second.DispatchUntilIdleAsync));

        Assert.Equal(50, sentByEach.Sum());
        var deliveredIds = delivery.Delivered.Select(m => m.MessageId).ToList();
        Assert.Equal(50, deliveredIds.Count);
        Assert.Equal(ids.Select(id => $"outbox.{id:N}").Order(), deliveredIds.Select(m => m![..m!.IndexOf('@')]).Order());
        var stored = await scenario.LoadAllAsync();
        Assert.All(stored, m =>
        {
            Assert.NotNull(m.SentAtUtc);
            Assert.Equal(1, m.Attempts);
            Assert.Null(m.LeaseOwner);
        });
    }

    [Fact]
    public async Task A_message_held_by_a_node_that_crashed_is_sent_by_another_node_once_the_lease_expires()
    {
        var scenario = await new OutboxScenario(app).StartEmptyAsync();
        var id = (await scenario.EnqueueAsync(1)).Single();
        // The crashed node claimed the message, exactly as a dispatcher does, and then never sent or released it.
        await app.WithDbAsync(async db =>
        {
            var message = await db.OutboxMessages.FindAsync(id);
            message!.LeaseOwner = "crashed-node:0001";
            message.LeaseExpiresAtUtc = scenario.Now + OutboxDispatcher.LeaseDuration;
            message.ConcurrencyStamp = Guid.NewGuid();
            return await db.SaveChangesAsync();
        });
        var delivery = new ScriptedEmailDelivery();
        await using var survivor = scenario.StartNode(delivery);

        Assert.Equal(default, await survivor.DispatchAsync());
        scenario.Clock.Advance(OutboxDispatcher.LeaseDuration - TimeSpan.FromSeconds(1));
        Assert.Equal(default, await survivor.DispatchAsync());
        scenario.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await survivor.DispatchAsync()).Sent);

        Assert.Single(delivery.Delivered);
        var stored = await scenario.LoadAsync(id);
        Assert.NotNull(stored.SentAtUtc);
        Assert.Null(stored.LeaseOwner);
    }

    [Fact]
    public async Task A_node_reading_a_message_another_node_has_just_claimed_skips_it()
    {
        var scenario = await new OutboxScenario(app).StartEmptyAsync();
        await scenario.EnqueueAsync(1);
        var delivery = new ScriptedEmailDelivery();
        await using var slow = scenario.StartNode(delivery);
        await using var fast = scenario.StartNode(delivery);

        // The slow node read the message as due, but the fast node claims and sends it before the slow node's claim.
        var readBySlowNode = await slow.ReadDueAsync();
        Assert.Equal(1, (await fast.DispatchAsync()).Sent);
        var outcome = await slow.DispatchAsync(readBySlowNode);

        Assert.Equal(new DispatchOutcome(Sent: 0, Failed: 0, Skipped: 1), outcome);
        Assert.Single(delivery.Delivered);
    }
}

public sealed class SqliteSeveralNodesTests(SqliteAppFactory app) : SeveralNodesTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresSeveralNodesTests(PostgresAppFactory app) : SeveralNodesTests(app), IClassFixture<PostgresAppFactory>;
