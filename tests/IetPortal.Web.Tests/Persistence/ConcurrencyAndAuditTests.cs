using IetPortal.Domain.Auditing;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Persistence;

/// <summary>The concurrency stamp refuses lost updates, and every change appends to the audit trail, on every provider.</summary>
public abstract class ConcurrencyAndAuditTests(IetPortalFactory app)
{
    private async Task<int> CreateProposalAsync()
    {
        var collegeId = await app.CollegeIdAsync("MATC");
        return await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, "Nursing Assistant with integrated ELL");
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
    }

    [Fact]
    public async Task A_second_save_from_a_stale_copy_is_refused_and_the_first_survives()
    {
        var id = await CreateProposalAsync();
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var copy1 = await db1.Proposals.SingleAsync(p => p.Id == id);
        var copy2 = await db2.Proposals.SingleAsync(p => p.Id == id);

        copy1.Summary = "First editor's summary";
        await db1.SaveChangesAsync();
        copy2.Summary = "Second editor's summary";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        var stored = await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Summary).SingleAsync());
        Assert.Equal("First editor's summary", stored);
    }

    [Fact]
    public async Task Components_carry_their_own_concurrency_stamp()
    {
        var id = await CreateProposalAsync();
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var ael1 = await db1.Components.OfType<AdultEducationComponent>().SingleAsync(c => c.IetProposalId == id);
        var ael2 = await db2.Components.OfType<AdultEducationComponent>().SingleAsync(c => c.IetProposalId == id);

        ael1.ContactHours = 96;
        await db1.SaveChangesAsync();
        ael2.ContactHours = 120;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
    }

    [Fact]
    public async Task Creating_and_editing_a_proposal_appends_audit_events_with_its_id()
    {
        var id = await CreateProposalAsync();
        await app.WithDbAsync(async db =>
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == id);
            proposal.Title = "CNA IET (evening cohort)";
            await db.SaveChangesAsync();
            return 0;
        });

        var events = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.IetProposalId == id).OrderBy(e => e.Id).ToListAsync());

        Assert.Collection(
            events,
            created => Assert.Equal("Created", created.Action),
            updated =>
            {
                Assert.Equal("Updated", updated.Action);
                Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), updated.EntityId);
                Assert.Contains("Title", updated.Details, StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task Audit_events_cannot_be_changed_or_deleted()
    {
        var id = await CreateProposalAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var auditEvent = await db.AuditEvents.FirstAsync(e => e.IetProposalId == id);
            auditEvent.Action = "Tampered";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            db.AuditEvents.Remove(await db.AuditEvents.FirstAsync(e => e.IetProposalId == id));
            return await db.SaveChangesAsync();
        }));
        var actions = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.IetProposalId == id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Created"], actions);
    }

    [Fact]
    public async Task Enums_are_stored_as_their_names()
    {
        var id = await CreateProposalAsync();

        var kinds = await app.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT \"Status\" AS \"Value\" FROM \"Proposals\" WHERE \"Id\" = {id}")
            .ToListAsync());

        Assert.Equal(["Draft"], kinds);
    }
}

public sealed class SqliteConcurrencyAndAuditTests(SqliteAppFactory app) : ConcurrencyAndAuditTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresConcurrencyAndAuditTests(PostgresAppFactory app) : ConcurrencyAndAuditTests(app), IClassFixture<PostgresAppFactory>;
