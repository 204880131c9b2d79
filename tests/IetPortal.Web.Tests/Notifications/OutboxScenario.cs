using IetPortal.Domain.Notifications;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Notifications;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Tests.Notifications;

/// <summary>
/// The real app's database with a hand-moved clock: enqueues messages and starts dispatcher "nodes", each with its
/// own service scope and DbContext, as separate web nodes would have.
/// </summary>
public sealed class OutboxScenario(IetPortalFactory app)
{
    public static readonly DateTimeOffset Start = new(2031, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public MutableTimeProvider Clock { get; } = new(Start);

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>Tests in a class share the class's database; each starts from an empty outbox.</summary>
    public async Task<OutboxScenario> StartEmptyAsync()
    {
        await app.WithDbAsync(db => db.OutboxMessages.ExecuteDeleteAsync());
        return this;
    }

    public async Task<Guid[]> EnqueueAsync(int count, string kind = "ProposalSubmitted")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var outbox = new NotificationOutbox(db, Clock);
        var messages = Enumerable.Range(1, count)
            .Select(i => outbox.Enqueue(kind, $"reviewer{i}@wtcs.example.org", $"Proposal {i} was submitted", $"Proposal {i} is waiting for review."))
            .ToList();
        await db.SaveChangesAsync();
        return [.. messages.Select(m => m.Id)];
    }

    public DispatcherNode StartNode(IEmailDelivery delivery, int maxAttempts = 8)
    {
        var scope = app.Services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<IOptions<EmailOptions>>().Value;
        var options = Options.Create(new EmailOptions { FromAddress = settings.FromAddress, MaxAttempts = maxAttempts });
        var dispatcher = new OutboxDispatcher(
            scope.ServiceProvider.GetRequiredService<IetPortalDbContext>(), delivery, options, Clock, NullLogger<OutboxDispatcher>.Instance);
        return new DispatcherNode(scope, dispatcher);
    }

    public Task<OutboxMessage> LoadAsync(Guid id) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    public Task<List<OutboxMessage>> LoadAllAsync() =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
}

/// <summary>One dispatcher with its own scope and DbContext: a web node, as far as the outbox can tell.</summary>
public sealed class DispatcherNode(AsyncServiceScope scope, OutboxDispatcher dispatcher) : IAsyncDisposable
{
    public OutboxDispatcher Dispatcher { get; } = dispatcher;

    public Task<DispatchOutcome> DispatchAsync() => Dispatcher.DispatchDueAsync(CancellationToken.None);

    /// <summary>The first half of a pass: what this node reads as due (to interleave another node before the claim).</summary>
    public Task<List<OutboxMessage>> ReadDueAsync() => Dispatcher.ReadDueAsync(CancellationToken.None);

    /// <summary>The second half of a pass: claim and send what was read earlier.</summary>
    public Task<DispatchOutcome> DispatchAsync(IReadOnlyList<OutboxMessage> readEarlier) => Dispatcher.DispatchAsync(readEarlier, CancellationToken.None);

    /// <summary>Passes until nothing is left that this node could claim.</summary>
    public async Task<int> DispatchUntilIdleAsync()
    {
        var sent = 0;
        DispatchOutcome outcome;
        do
        {
            outcome = await DispatchAsync();
            sent += outcome.Sent;
        }
        while (outcome.Processed + outcome.Skipped > 0);
        return sent;
    }

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
