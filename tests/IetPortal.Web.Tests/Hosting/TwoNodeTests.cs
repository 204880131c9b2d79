using System.Diagnostics;
using System.Globalization;
using System.Net;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Notifications;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Review;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.Notifications;
using IetPortal.Web.Tests.Review;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Xunit.Abstractions;

namespace IetPortal.Web.Tests.Hosting;

/// <summary>
/// Issue 8: several web nodes on one database. Two real app processes (Production, PostgreSQL, SMTP) on two loopback
/// ports, deployed as docs/operations.md says (the <c>migrate</c> command once, then the nodes without migrating),
/// used by one browser whose requests go to either node, as behind a load balancer without sticky sessions.
/// </summary>
public sealed class TwoNodeTests(ITestOutputHelper output)
{
    private const string FromAddress = "notifications@two-nodes.ietportal.test";
    private const string CheckKind = "TwoNodeCheck";
    private const int ResetRequests = 6;
    private const int QueuedAtOnce = 40;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Readiness = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(90);

    [PostgresFact]
    public async Task Two_nodes_share_sign_in_forms_and_messages_and_deliver_every_email_exactly_once()
    {
        var elapsed = Stopwatch.StartNew();
        var pickup = Path.Combine(Path.GetTempPath(), "ietportal-two-nodes-" + Guid.NewGuid().ToString("N"));
        using var setup = new SetupHost();
        try
        {
            var mail = new MailDrop(SmtpSink.FromEnvironment(), pickup);
            var (portA, portB) = TwoFreePorts();
            var settings = new Dictionary<string, string>(mail.Settings)
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                // As behind a load balancer that sends X-Forwarded-For and X-Forwarded-Proto (docs/operations.md).
                ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
                ["Database:Provider"] = "Postgres",
                ["Database:ConnectionString"] = setup.Database.ConnectionString,
                ["Database:MigrateOnStartup"] = "false",
                ["Email:FromAddress"] = FromAddress,
                ["Email:PublicBaseUrl"] = $"http://127.0.0.1:{portA}",
                ["Email:DispatchIntervalSeconds"] = "1",
                ["Api:RateLimit:PermitLimit"] = "3",
                ["Api:RateLimit:WindowSeconds"] = "60",
            };

            // 1. The release step: migrate once. It also makes the one data-protection key every node will use.
            var (exitCode, migrateOutput) = await AppNode.RunCommandAsync(settings, CommandTimeout, "migrate");
            Assert.True(exitCode == 0, migrateOutput);
            var migrated = elapsed.Elapsed;
            Assert.Equal(1, await setup.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));

            // The people and the late review, written straight into the database by the test.
            var staff = await setup.CreateStaffAsync("MATC");
            var reviewer = await setup.CreateUserAsync(RoleNames.StateReviewer);
            var lateReview = await new ReviewScenario(setup).InReviewAsync("Late while two nodes run", staff, reviewer, daysAgo: 40);

            // 2. Two nodes start together; each runs its first review-clock reminder pass at start-up.
            await using var nodeA = AppNode.Start("A", portA, settings);
            await using var nodeB = AppNode.Start("B", portB, settings);
            var resetUsers = new List<TestUser>();
            await Task.WhenAll(nodeA.WaitUntilReadyAsync(Readiness), nodeB.WaitUntilReadyAsync(Readiness), CreateResetUsersAsync());
            var ready = elapsed.Elapsed;

            // 3. Sign in on A; start a draft with a form from B posted to A; save a section with a form from A posted to B.
            using var browser = new TwoNodeBrowser();
            using (var signIn = await browser.SubmitAcrossAsync(nodeA, "/account/login", "/account/login", nodeA, new Dictionary<string, string>
            {
                ["Email"] = staff.Email,
                ["Password"] = staff.Password,
            }))
            {
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
                Assert.DoesNotContain("/account/login", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }

            int draft;
            using (var created = await browser.SubmitAcrossAsync(nodeB, "/proposals/new", "/proposals/new", nodeA, new Dictionary<string, string>
            {
                ["Title"] = "Welding IET drafted on two nodes",
            }))
            {
                Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
                draft = int.Parse(created.Headers.Location!.OriginalString.Split('/')[2], CultureInfo.InvariantCulture);
            }

            const string Summary = "Saved on node B from the overview form that node A rendered.";
            var overview = $"/proposals/{draft}/edit/overview";
            using var saved = await browser.SubmitAcrossAsync(nodeA, overview, overview, nodeB, new Dictionary<string, string>
            {
                ["Form.Summary"] = Summary,
            });
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect,
                $"Saving on B a form rendered by A answered {(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
            Assert.Equal(Summary, await setup.WithDbAsync(db => db.Proposals.Where(p => p.Id == draft).Select(p => p.Summary).SingleAsync()));
            // The status message travels in the TempData cookie B wrote (encrypted, Secure as every cookie), and A reads it.
            var tempData = Assert.Single(saved.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider=", StringComparison.Ordinal));
            Assert.Contains("; secure", tempData, StringComparison.OrdinalIgnoreCase);
            var after = await browser.GetDocumentAsync(nodeA, saved.Headers.Location!.OriginalString);
            Assert.Equal("Overview saved.", after.QuerySelector("[role=status]")?.TextContent.Trim());

            // 4. Emails written on both nodes: password resets asked for on a page from one node, posted to the other.
            using var anonymous = new TwoNodeBrowser();
            for (var i = 0; i < ResetRequests; i++)
            {
                var (pageNode, postNode) = i % 2 == 0 ? (nodeA, nodeB) : (nodeB, nodeA);
                using var asked = await anonymous.SubmitAcrossAsync(pageNode, "/account/forgot-password", "/account/forgot-password", postNode,
                    new Dictionary<string, string> { ["Email"] = resetUsers[i].Email });
                Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            }

            // ... and a batch queued at once, which both dispatchers find due in the same second and race for.
            await using (var scope = setup.Services.CreateAsyncScope())
            {
                var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
                for (var i = 0; i < QueuedAtOnce; i++)
                {
                    outbox.Enqueue(CheckKind, $"author{i}@matc.example.edu", $"Two-node check {i}", $"Message {i} of {QueuedAtOnce}.");
                }

                await scope.ServiceProvider.GetRequiredService<IetPortalDbContext>().SaveChangesAsync();
            }

            // 5. The API rate limit counts per node and per forwarded client address (docs/operations.md, docs/api.md).
            var limited = new List<HttpStatusCode>();
            for (var i = 0; i < 4; i++)
            {
                limited.Add(await ApiStatusAsync(nodeA, "203.0.113.7"));
            }

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], limited);
            Assert.Equal(HttpStatusCode.OK, await ApiStatusAsync(nodeB, "203.0.113.7"));
            Assert.Equal(HttpStatusCode.OK, await ApiStatusAsync(nodeA, "203.0.113.8"));
            // The forwarded scheme is honoured too: HSTS is sent for requests the proxy received over HTTPS only.
            Assert.True(await SendsHstsAsync(nodeB, "https"));
            Assert.False(await SendsHstsAsync(nodeB, "http"));

            // 6. A reset link made by B (request 0 was posted to B) works on A.
            var resetLink = await setup.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == resetUsers[0].Email).Select(m => m.BodyText).SingleAsync());
            var resetPath = new Uri(resetLink.Split('\n').Single(line => line.Contains("/account/reset-password?", StringComparison.Ordinal)).Trim()).PathAndQuery;
            const string NewPassword = "Chosen-On-Node-A-After-B-Sent-It";
            using (var reset = await anonymous.SubmitAcrossAsync(nodeB, resetPath, "/account/reset-password", nodeA, new Dictionary<string, string>
            {
                ["Password"] = NewPassword,
                ["ConfirmPassword"] = NewPassword,
            }))
            {
                Assert.True(reset.StatusCode == HttpStatusCode.Redirect, $"The reset answered {(int)reset.StatusCode}: {await reset.Content.ReadAsStringAsync()}");
                Assert.Equal("/account/login", reset.Headers.Location!.OriginalString);
            }

            // 7. Every message is delivered exactly once while both nodes run.
            var exercised = elapsed.Elapsed;
            var messages = await WaitForDeliveryAsync(setup, nodeA, nodeB);
            var delivered = elapsed.Elapsed;
            Assert.True(nodeA.IsRunning && nodeB.IsRunning, "Both nodes ran until every message was delivered.");
            Assert.Equal(QueuedAtOnce, messages.Count(m => m.Kind == CheckKind));
            Assert.Equal(ResetRequests, messages.Count(m => m.Kind == Features.Account.AccountEmails.PasswordResetKind));
            Assert.All(messages, m =>
            {
                Assert.Equal(1, m.Attempts);
                Assert.Null(m.LeaseOwner);
            });
            var messageIds = messages.ToDictionary(m => OutboxDispatcher.MessageIdFor(m.Id, FromAddress), m => m.Id, StringComparer.Ordinal);
            var arrived = mail.ReadWhere(m => m.MessageId is { } id && messageIds.ContainsKey(id))
                .GroupBy(m => m.MessageId!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            Assert.All(messageIds, message => Assert.True(arrived.GetValueOrDefault(message.Key) == 1,
                $"Outbox message {message.Value} arrived {arrived.GetValueOrDefault(message.Key)} times."));
            var sentByA = SentLogLines(nodeA);
            var sentByB = SentLogLines(nodeB);
            Assert.Equal(messages.Count, sentByA + sentByB);

            // The late review: both nodes ran a reminder pass at start-up; one reminder, one email.
            var reminder = Assert.Single(messages, m => m.Kind == ReviewNotifications.ReviewClockReminderKind);
            Assert.Equal(reviewer.Email, reminder.ToAddress, StringComparer.OrdinalIgnoreCase);
            Assert.Equal(lateReview, reminder.IetProposalId);
            Assert.Equal(1, await setup.WithDbAsync(db => db.ReviewReminders.CountAsync(r => r.IetProposalId == lateReview)));

            // Still the one key made by migrate: no node made its own, and nothing went wrong on either node.
            Assert.Equal(1, await setup.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
            Assert.Empty(ErrorEvents(nodeA));
            Assert.Empty(ErrorEvents(nodeB));

            output.WriteLine(
                $"{messages.Count} messages ({mail.Description}): {sentByA} sent by node A, {sentByB} by node B, each arrived once. " +
                $"Migrated at {migrated.TotalSeconds:0.0} s, both nodes ready at {ready.TotalSeconds:0.0} s, requests done at " +
                $"{exercised.TotalSeconds:0.0} s, all delivered at {delivered.TotalSeconds:0.0} s, test done at {elapsed.Elapsed.TotalSeconds:0.0} s.");

            // The accounts that ask for a password reset, made while the nodes start.
            async Task CreateResetUsersAsync()
            {
                for (var i = 0; i < ResetRequests; i++)
                {
                    resetUsers.Add(await setup.CreateStaffAsync("MATC"));
                }
            }
        }
        finally
        {
            if (Directory.Exists(pickup))
            {
                Directory.Delete(pickup, recursive: true);
            }
        }
    }

    private static (int A, int B) TwoFreePorts()
    {
        var a = AppNode.FreePort();
        var b = AppNode.FreePort();
        while (b == a)
        {
            b = AppNode.FreePort();
        }

        return (a, b);
    }

    private static async Task<HttpStatusCode> ApiStatusAsync(AppNode node, string clientAddress)
    {
        using var http = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/v1/programs", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", clientAddress);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<bool> SendsHstsAsync(AppNode node, string forwardedScheme)
    {
        using var http = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("health/live", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", forwardedScheme);
        // The site's public name, as the load balancer passes it on (HSTS is never sent for 127.0.0.1 or localhost).
        request.Headers.Host = "ietportal.example.org";
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Contains("Strict-Transport-Security");
    }

    /// <summary>Waits until the outbox holds no unsent message, the reminder included, and returns every message.</summary>
    private static async Task<List<Domain.Notifications.OutboxMessage>> WaitForDeliveryAsync(SetupHost setup, AppNode nodeA, AppNode nodeB)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var messages = await setup.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
            if (messages.All(m => m.SentAtUtc is not null) && messages.Any(m => m.Kind == ReviewNotifications.ReviewClockReminderKind))
            {
                return messages;
            }

            if (waited.Elapsed > DeliveryTimeout)
            {
                throw new TimeoutException(
                    $"{messages.Count(m => m.SentAtUtc is null)} of {messages.Count} messages were still unsent after {DeliveryTimeout.TotalSeconds:0} s.\n" +
                    $"Node A:\n{nodeA.Tail()}\nNode B:\n{nodeB.Tail()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    private static int SentLogLines(AppNode node) => node.Output.Count(line => line.Contains(") sent on attempt ", StringComparison.Ordinal));

    private static List<string> ErrorEvents(AppNode node) =>
        [.. node.Output.Where(line => line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal))];

    /// <summary>The test's own view of the database: the app in-process, neither migrating nor dispatching.</summary>
    private sealed class SetupHost() : IetPortalFactory(DatabaseProvider.Postgres)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The migrate command already brought the database up to date, as in a deployment.
            builder.UseSetting("Database:MigrateOnStartup", "false");
        }
    }

    /// <summary>
    /// Where the nodes' emails land: the loopback SMTP server of tests/run-tests.sh when it runs (its Maildir is read),
    /// otherwise a pickup folder both nodes write to.
    /// </summary>
    private sealed class MailDrop(SmtpSink? sink, string pickupFolder)
    {
        public IReadOnlyDictionary<string, string> Settings { get; } = sink is null
            ? new Dictionary<string, string> { ["Email:Mode"] = "Pickup", ["Email:PickupDirectory"] = pickupFolder }
            : new Dictionary<string, string>
            {
                ["Email:Mode"] = "Smtp",
                ["Email:SmtpHost"] = sink.Host,
                ["Email:SmtpPort"] = sink.Port.ToString(CultureInfo.InvariantCulture),
                ["Email:SmtpSecurity"] = "None",
            };

        public string Description => sink is null ? "pickup folder" : $"SMTP server on port {sink.Port}";

        public IReadOnlyList<MimeMessage> ReadWhere(Func<MimeMessage, bool> predicate) => sink is not null
            ? sink.ReadWhere(predicate)
            : [.. Directory.EnumerateFiles(pickupFolder, "*.eml").Select(path => MimeMessage.Load(path)).Where(predicate)];
    }
}
