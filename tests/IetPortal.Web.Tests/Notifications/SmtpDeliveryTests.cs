using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Notifications;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace IetPortal.Web.Tests.Notifications;

/// <summary>The app configured for SMTP, pointed at the loopback server the test script runs.</summary>
public class SmtpAppFactory() : IetPortalFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Without the sink the app starts with the capturing delivery, and each test fails through SmtpSink.Require.
        if (SmtpSink.FromEnvironment() is not { } sink)
        {
            return;
        }

        builder.UseSetting("Email:Mode", "Smtp");
        builder.UseSetting("Email:SmtpHost", sink.Host);
        builder.UseSetting("Email:SmtpPort", sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:SmtpSecurity", "None");
        builder.UseSetting("Email:FromAddress", "notifications@ietportal.test");
        // The base factory replaces delivery with a capture; here the app's own SMTP delivery is the point.
        builder.ConfigureServices(services => services.AddSingleton<IEmailDelivery>(sp => ActivatorUtilities.CreateInstance<SmtpEmailDelivery>(sp)));
    }
}

/// <summary>Outbox messages reach a real SMTP server, with recipient, subject, link and a stable Message-Id, exactly once.</summary>
public sealed class SmtpDeliveryTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_dispatched_message_arrives_at_the_smtp_server_exactly_once()
    {
        var sink = SmtpSink.Require();
        var link = $"https://localhost/review/{Guid.NewGuid():N}";
        var id = await EnqueueAsync("reviewer.olson@wtcs.example.org", "Welding IET was submitted for review", link);

        var first = await DispatchAsync();
        var arrived = await sink.WaitForAsync(OutboxDispatcher.MessageIdFor(id, "notifications@ietportal.test"), ArrivalTimeout);
        var second = await DispatchAsync();

        Assert.Equal(1, first.Sent);
        Assert.Equal(0, second.Processed);
        var message = Assert.Single(arrived);
        Assert.Equal("reviewer.olson@wtcs.example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("notifications@ietportal.test", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("Welding IET was submitted for review", message.Subject);
        Assert.Contains(link, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.NotNull((await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id))).SentAtUtc);
    }

    [Fact]
    public async Task Each_message_of_a_batch_arrives_once_under_its_own_message_id()
    {
        var sink = SmtpSink.Require();
        var ids = new List<Guid>();
        foreach (var n in Enumerable.Range(1, 3))
        {
            ids.Add(await EnqueueAsync($"author{n}@matc.example.edu", $"Proposal {n} was returned", $"https://localhost/proposals/{n}"));
        }

        await DispatchAsync();
        await DispatchAsync();

        foreach (var id in ids)
        {
            var arrived = await sink.WaitForAsync(OutboxDispatcher.MessageIdFor(id, "notifications@ietportal.test"), ArrivalTimeout);
            Assert.Single(arrived);
        }
    }

    private async Task<Guid> EnqueueAsync(string to, string subject, string link)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
        var message = outbox.Enqueue(
            "ProposalSubmitted", to, subject,
            $"A proposal is waiting for your review.\n\nOpen it: {link}\n",
            $"<p>A proposal is waiting for your review.</p><p><a href=\"{link}\">Open it</a></p>");
        await scope.ServiceProvider.GetRequiredService<IetPortalDbContext>().SaveChangesAsync();
        return message.Id;
    }

    private async Task<DispatchOutcome> DispatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }
}
