using IetPortal.Domain.Notifications;
using IetPortal.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Infrastructure;

/// <summary>
/// Emails go through the outbox, and the test host does not run the background dispatcher: a test that needs what
/// was sent dispatches explicitly, then reads <see cref="IetPortalFactory.Emails"/>.
/// </summary>
public static class OutboxTestKit
{
    /// <summary>Delivers every due outbox message (batch after batch) to the captured email delivery.</summary>
    public static async Task DispatchEmailsAsync(this IetPortalFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        DispatchOutcome outcome;
        do
        {
            await using var scope = app.Services.CreateAsyncScope();
            outcome = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        }
        while (outcome.Processed + outcome.Skipped >= OutboxDispatcher.BatchSize);
    }

    /// <summary>The outbox rows addressed to one recipient, sent or not, oldest first.</summary>
    public static Task<List<OutboxMessage>> OutboxToAsync(this IetPortalFactory app, string address)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == address).OrderBy(m => m.CreatedAtUtc).ToListAsync());
    }
}
