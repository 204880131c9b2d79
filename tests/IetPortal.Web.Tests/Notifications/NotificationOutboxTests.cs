using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Notifications;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Notifications;

/// <summary>Messages enter the outbox with the change that caused them, in one transaction, on the real database.</summary>
public sealed class NotificationOutboxTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private async Task<int> CreateProposalAsync()
    {
        var collegeId = await app.CollegeIdAsync("MATC");
        return await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, "Welding with integrated ELL");
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
    }

    [Fact]
    public async Task The_message_is_saved_by_the_same_save_as_the_change_that_caused_it()
    {
        var id = await CreateProposalAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
        var proposal = await db.Proposals.SingleAsync(p => p.Id == id);

        proposal.Summary = "Ready for the reviewer";
        outbox.Enqueue("ProposalSubmitted", "reviewer@wtcs.example.org", "Welding IET was submitted", "Please review it.", proposalId: id);
        var unsavedInAnotherContext = await app.WithDbAsync(other => other.OutboxMessages.CountAsync(m => m.IetProposalId == id));
        await db.SaveChangesAsync();

        Assert.Equal(0, unsavedInAnotherContext);
        var stored = await app.WithDbAsync(other => other.OutboxMessages.AsNoTracking().SingleAsync(m => m.IetProposalId == id));
        Assert.Equal("reviewer@wtcs.example.org", stored.ToAddress);
        Assert.Null(stored.SentAtUtc);
        Assert.Equal(0, stored.Attempts);
        Assert.True(stored.NextAttemptAtUtc <= DateTime.UtcNow, "A new message is due at once.");
        Assert.Equal("Ready for the reviewer", await app.WithDbAsync(other => other.Proposals.Where(p => p.Id == id).Select(p => p.Summary).SingleAsync()));
    }

    [Fact]
    public async Task When_the_save_fails_neither_the_change_nor_its_message_is_written()
    {
        var id = await CreateProposalAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
        var staleCopy = await db.Proposals.SingleAsync(p => p.Id == id);
        await app.WithDbAsync(async other =>
        {
            (await other.Proposals.SingleAsync(p => p.Id == id)).Summary = "Edited by a colleague first";
            return await other.SaveChangesAsync();
        });

        staleCopy.Summary = "Ready for the reviewer";
        outbox.Enqueue("ProposalSubmitted", "reviewer@wtcs.example.org", "Welding IET was submitted", "Please review it.", proposalId: id);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Equal(0, await app.WithDbAsync(other => other.OutboxMessages.CountAsync(m => m.IetProposalId == id)));
        Assert.Equal("Edited by a colleague first", await app.WithDbAsync(other => other.Proposals.Where(p => p.Id == id).Select(p => p.Summary).SingleAsync()));
    }

    [Fact]
    public async Task The_same_message_enqueued_twice_in_one_unit_of_work_is_stored_once()
    {
        var id = await CreateProposalAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();

        var first = outbox.Enqueue("ProposalReturned", "author@matc.example.edu", "Welding IET was returned", "See the required changes.", proposalId: id);
        var again = outbox.Enqueue("ProposalReturned", "Author@MATC.example.edu", "Welding IET was returned", "See the required changes.", proposalId: id);
        outbox.Enqueue("ProposalReturned", "coauthor@matc.example.edu", "Welding IET was returned", "See the required changes.", proposalId: id);
        await db.SaveChangesAsync();

        Assert.Same(first, again);
        var recipients = await app.WithDbAsync(other => other.OutboxMessages.Where(m => m.IetProposalId == id).Select(m => m.ToAddress).OrderBy(a => a).ToListAsync());
        Assert.Equal(["author@matc.example.edu", "coauthor@matc.example.edu"], recipients);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("reviewer@")]
    [InlineData("reviewer")]
    [InlineData("one@wtcs.example.org, two@wtcs.example.org")]
    public async Task An_invalid_recipient_is_refused_before_anything_is_saved(string address)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();

        Assert.Throws<ArgumentException>(() => outbox.Enqueue("ProposalSubmitted", address, "Subject", "Body"));
        Assert.Empty(scope.ServiceProvider.GetRequiredService<IetPortalDbContext>().ChangeTracker.Entries());
    }

    [Fact]
    public async Task A_recipient_with_a_display_name_is_stored_as_the_bare_address()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();

        var message = outbox.Enqueue("ReviewerAssigned", " Renee Olson <renee.olson@wtcs.example.org> ", "Assigned to you", "Body");

        Assert.Equal("renee.olson@wtcs.example.org", message.ToAddress);
    }

    [Fact]
    public async Task A_subject_longer_than_the_column_is_shortened_rather_than_refused()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();

        var message = outbox.Enqueue("ProposalApproved", "author@matc.example.edu", "Approved: " + new string('W', 400), "Body");

        Assert.Equal(NotificationOutbox.SubjectMaxLength, message.Subject.Length);
        Assert.EndsWith("…", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kind_longer_than_its_column_is_a_programming_error()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();

        Assert.Throws<ArgumentException>(() => outbox.Enqueue(new string('K', NotificationOutbox.KindMaxLength + 1), "author@matc.example.edu", "Subject", "Body"));
    }
}
