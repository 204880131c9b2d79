using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Persistence;

/// <summary>
/// Issue 8: background work runs once across web nodes. A database lease is held by one node at a time, however many
/// try at once; it passes to another node when released or when it expires.
/// </summary>
public abstract class BackgroundLeaseTests(IetPortalFactory app)
{
    private const string Lease = BackgroundLease.ReviewClockReminder;

    [Fact]
    public async Task Of_several_nodes_trying_at_once_exactly_one_gets_the_lease()
    {
        await ResetAsync();
        var clock = new MutableTimeProvider(DateTimeOffset.UtcNow);
        var owners = Enumerable.Range(0, 6).Select(_ => BackgroundLeases.NewOwner()).ToList();
        using var start = new Barrier(owners.Count);

        var won = await Task.WhenAll(owners.Select(owner => Task.Run(async () =>
        {
            await using var node = app.Services.CreateAsyncScope();
            var leases = new BackgroundLeases(node.ServiceProvider.GetRequiredService<IetPortalDbContext>(), clock);
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            return await leases.TryAcquireAsync(Lease, owner, TimeSpan.FromMinutes(10), CancellationToken.None);
        })));

        Assert.Equal(1, won.Count(w => w));
        var holder = owners[Array.IndexOf(won, true)];
        Assert.Equal(holder, (await StoredAsync()).Owner);
    }

    [Fact]
    public async Task A_held_lease_passes_to_another_node_when_released_or_expired_and_not_before()
    {
        await ResetAsync();
        var clock = new MutableTimeProvider(DateTimeOffset.UtcNow);
        var (first, second) = (BackgroundLeases.NewOwner(), BackgroundLeases.NewOwner());

        Assert.True(await WithLeasesAsync(clock, l => l.TryAcquireAsync(Lease, first, TimeSpan.FromMinutes(10), CancellationToken.None)));
        Assert.True(await WithLeasesAsync(clock, l => l.TryAcquireAsync(Lease, first, TimeSpan.FromMinutes(10), CancellationToken.None)));
        Assert.False(await WithLeasesAsync(clock, l => l.TryAcquireAsync(Lease, second, TimeSpan.FromMinutes(10), CancellationToken.None)));

        // Released: the other node may take it at once.
        await WithLeasesAsync(clock, async l =>
        {
            await l.ReleaseAsync(Lease, first, CancellationToken.None);
            return true;
        });
        Assert.Null((await StoredAsync()).Owner);
        Assert.True(await WithLeasesAsync(clock, l => l.TryAcquireAsync(Lease, second, TimeSpan.FromMinutes(10), CancellationToken.None)));

        // Its holder dies without releasing it: nobody else gets it until it expires.
        clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.False(await WithLeasesAsync(clock, l => l.TryAcquireAsync(Lease, first, TimeSpan.FromMinutes(10), CancellationToken.None)));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await WithLeasesAsync(clock, l => l.TryAcquireAsync(Lease, first, TimeSpan.FromMinutes(10), CancellationToken.None)));

        // A node that lost its lease cannot release the new holder's.
        await WithLeasesAsync(clock, async l =>
        {
            await l.ReleaseAsync(Lease, second, CancellationToken.None);
            return true;
        });
        Assert.Equal(first, (await StoredAsync()).Owner);
    }

    private async Task<T> WithLeasesAsync<T>(TimeProvider clock, Func<BackgroundLeases, Task<T>> work)
    {
        await using var node = app.Services.CreateAsyncScope();
        return await work(new BackgroundLeases(node.ServiceProvider.GetRequiredService<IetPortalDbContext>(), clock));
    }

    private Task<BackgroundLease> StoredAsync() =>
        app.WithDbAsync(db => db.BackgroundLeases.AsNoTracking().SingleAsync(l => l.Name == Lease));

    private Task<int> ResetAsync() =>
        app.WithDbAsync(db => db.BackgroundLeases.Where(l => l.Name == Lease)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Owner, (string?)null).SetProperty(l => l.ExpiresAtUtc, (DateTime?)null)));
}

public sealed class PostgresBackgroundLeaseTests(PostgresAppFactory app) : BackgroundLeaseTests(app), IClassFixture<PostgresAppFactory>;

public sealed class SqliteBackgroundLeaseTests(SqliteAppFactory app) : BackgroundLeaseTests(app), IClassFixture<SqliteAppFactory>;
