using IetPortal.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace IetPortal.BrowserTests.Infrastructure;

/// <summary>
/// Emails leave through the outbox: the app's background dispatcher writes them to the pickup folder every few
/// seconds. A test that needs one dispatches at once (safe beside the background dispatcher: claims are exclusive)
/// and reads the folder, waiting briefly in case the background dispatcher holds the message.
/// </summary>
public static class Mailbox
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>The newest message to the address with the subject, once it is in the pickup folder.</summary>
    public static async Task<MimeMessage> WaitForEmailAsync(this BrowserApp app, string to, string subject)
    {
        ArgumentNullException.ThrowIfNull(app);
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
            }

            if (Directory.Exists(app.MailFolder))
            {
                foreach (var file in Directory.GetFiles(app.MailFolder, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.Subject == subject && message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
                    {
                        return message;
                    }

                    message.Dispose();
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"No email \"{subject}\" to {to} reached {app.MailFolder} within {Patience.TotalSeconds} seconds.");
            }

            await Task.Delay(250);
        }
    }
}
