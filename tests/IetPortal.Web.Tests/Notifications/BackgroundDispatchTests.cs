using IetPortal.Infrastructure.Notifications;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Notifications;

/// <summary>The app as deployed: the background dispatcher on, every second.</summary>
public sealed class DispatchingAppFactory() : IetPortalFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:DispatchEnabled", "true");
        builder.UseSetting("Email:DispatchIntervalSeconds", "1");
    }
}

/// <summary>Web nodes deliver the outbox on their own; nobody has to call the dispatcher.</summary>
public sealed class BackgroundDispatchTests(DispatchingAppFactory app) : IClassFixture<DispatchingAppFactory>
{
    [Fact]
    public async Task A_saved_message_is_delivered_by_the_background_service()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var message = scope.ServiceProvider.GetRequiredService<NotificationOutbox>()
            .Enqueue("ReviewerAssigned", "reviewer.olson@wtcs.example.org", "A proposal was assigned to you", "Open your review queue.");
        await scope.ServiceProvider.GetRequiredService<IetPortalDbContext>().SaveChangesAsync();

        // Bounded wait for the next tick (1 s interval); the assertion is about what arrived, not when.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!app.Emails.Sent.Any(m => m.MessageId?.StartsWith($"outbox.{message.Id:N}@", StringComparison.Ordinal) == true)
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        var sent = Assert.Single(app.Emails.Sent);
        Assert.Equal("reviewer.olson@wtcs.example.org", sent.ToAddress);
    }
}
