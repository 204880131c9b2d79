using MimeKit;

namespace IetPortal.Web.Tests.Notifications;

/// <summary>
/// The loopback SMTP server tests/run-tests.sh starts (aiosmtpd), and the Maildir where it stores every message it
/// accepts. The Maildir is shared by every test of the run, so tests find their own messages by Message-Id.
/// </summary>
public sealed class SmtpSink
{
    public const string HostVariable = "IETPORTAL_TEST_SMTP_HOST";
    public const string PortVariable = "IETPORTAL_TEST_SMTP_PORT";
    public const string MaildirVariable = "IETPORTAL_TEST_MAILDIR";

    // Maildir delivers into new/; a mail client reading the folder moves messages to cur/.
    private static readonly string[] MaildirFolders = ["new", "cur"];

    private SmtpSink(string host, int port, string maildir)
    {
        Host = host;
        Port = port;
        Maildir = maildir;
    }

    public string Host { get; }
    public int Port { get; }
    public string Maildir { get; }

    /// <summary>The sink the test script announced, or null when the tests were not started by it.</summary>
    public static SmtpSink? FromEnvironment()
    {
        var host = Environment.GetEnvironmentVariable(HostVariable);
        var port = Environment.GetEnvironmentVariable(PortVariable);
        var maildir = Environment.GetEnvironmentVariable(MaildirVariable);
        return string.IsNullOrWhiteSpace(host) || !int.TryParse(port, out var number) || string.IsNullOrWhiteSpace(maildir)
            ? null
            : new SmtpSink(host, number, maildir);
    }

    /// <summary>The sink, or a failed test that says how to get one: these tests never pass without a real server.</summary>
    public static SmtpSink Require() => FromEnvironment() ?? throw new Xunit.Sdk.XunitException(
        $"{HostVariable}, {PortVariable} and {MaildirVariable} are not set: run the tests through tests/run-tests.sh, " +
        "which starts a loopback SMTP server (python3 -m aiosmtpd) and exports them.");

    /// <summary>
    /// Every stored message with this Message-Id, waiting up to <paramref name="timeout"/> for the first to appear
    /// (the sink writes the file before it accepts, so the wait is only a safety margin).
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string messageId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = Read(messageId);
            if (found.Count > 0 || DateTime.UtcNow >= deadline)
            {
                return found;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    public IReadOnlyList<MimeMessage> Read(string messageId) => ReadWhere(m => m.MessageId == messageId);

    /// <summary>Every stored message that matches, from every test of the run.</summary>
    public IReadOnlyList<MimeMessage> ReadWhere(Func<MimeMessage, bool> predicate) =>
        [.. MaildirFolders
            .Select(folder => Path.Combine(Maildir, folder))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .Select(path => MimeMessage.Load(path))
            .Where(predicate)];
}
