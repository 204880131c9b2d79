using System.Net;
using System.Text.Json;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Infrastructure.Persistence.Seeding;
using IetPortal.Web.Features.Compliance;
using IetPortal.Web.Features.Submission;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.DemoData;

/// <summary>One app and database per provider, filled once with 200 generated proposals.</summary>
public abstract class DemoDataWorld : IAsyncLifetime
{
    public const int Proposals = 200;
    public const int Seed = 42;
    public static readonly DateTime AsOf = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    protected DemoDataWorld(IetPortalFactory app) => App = app;

    public IetPortalFactory App { get; }

    public DemoDataSummary Summary { get; private set; } = null!;

    public static DemoDataOptions Options(int proposals = Proposals, int seed = Seed, bool append = false) =>
        new() { Proposals = proposals, Seed = seed, AsOfUtc = AsOf, BatchSize = 64, Append = append };

    public async Task InitializeAsync() =>
        Summary = await App.WithDbAsync(db => DemoDataGenerator.GenerateAsync(db, Options(), CancellationToken.None));

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SqliteDemoDataWorld() : DemoDataWorld(new SqliteAppFactory());

public sealed class PostgresDemoDataWorld() : DemoDataWorld(new PostgresAppFactory());

/// <summary>
/// The generated data looks like the app's own: every workflow state and college, versions stored as the submit action
/// stores them, decisions only on decided versions, the stored compliance state the evaluator's, approved programs in
/// the public API, and a second run refused.
/// </summary>
public abstract class DemoDataGeneratorTests(DemoDataWorld world)
{
    private IetPortalFactory App => world.App;

    [Fact]
    public async Task Every_workflow_state_every_college_and_every_pathway_is_generated()
    {
        var (statuses, colleges, pathways, amendments, total) = await App.WithDbAsync(async db => (
            await db.Proposals.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            await db.Proposals.GroupBy(p => p.CollegeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            await db.Proposals.Where(p => p.CareerPathwayId != null).Select(p => p.CareerPathwayId!.Value).Distinct().CountAsync(),
            await db.Proposals.CountAsync(p => p.AmendsProposalId != null),
            await db.Proposals.CountAsync()));
        var allColleges = await App.WithDbAsync(db => db.Colleges.ToDictionaryAsync(c => c.Id, c => c.Code));
        var activePathways = await App.WithDbAsync(db => db.CareerPathways.CountAsync(p => p.Status == PathwayStatus.Active));

        Assert.Equal(DemoDataWorld.Proposals, total);
        Assert.Equal(DemoDataWorld.Proposals, world.Summary.Proposals);
        Assert.All(Enum.GetValues<ProposalStatus>(), s => Assert.True(statuses.GetValueOrDefault(s) > 0, $"no {s} proposal"));
        Assert.True(statuses[ProposalStatus.Approved] > statuses[ProposalStatus.Draft], "approved programs are the largest group");
        Assert.Equal(allColleges.Keys.Order(), colleges.Keys.Order());
        var matc = allColleges.Single(c => c.Value == "MATC").Key;
        Assert.Equal(colleges.Values.Max(), colleges[matc]);
        Assert.Equal(activePathways, pathways);
        Assert.True(amendments > 0);
    }

    [Fact]
    public async Task Versions_are_numbered_from_one_and_amendments_continue_the_numbering_of_the_program_they_amend()
    {
        var proposals = await App.WithDbAsync(db => db.Proposals.AsNoTracking()
            .Select(p => new { p.Id, p.Status, p.AmendsProposalId, p.NextVersionNumber, Numbers = p.Versions.OrderBy(v => v.Number).Select(v => v.Number).ToList() })
            .ToListAsync());
        var byId = proposals.ToDictionary(p => p.Id);

        foreach (var p in proposals)
        {
            var first = p.AmendsProposalId is { } amended ? byId[amended].Numbers[^1] + 1 : 1;
            Assert.Equal(Enumerable.Range(first, p.Numbers.Count), p.Numbers);
            Assert.Equal(first + p.Numbers.Count, p.NextVersionNumber);
            if (p.Status is ProposalStatus.Draft)
            {
                Assert.Empty(p.Numbers);
            }
            else if (p.Status is not ProposalStatus.Withdrawn)
            {
                Assert.NotEmpty(p.Numbers);
            }
        }
    }

    [Fact]
    public async Task Decisions_exist_only_for_decided_versions_and_approval_numbers_are_unique()
    {
        var (proposals, versions, decisions) = await App.WithDbAsync(async db => (
            await db.Proposals.AsNoTracking().Select(p => new { p.Id, p.Status, p.ApprovedAtUtc }).ToListAsync(),
            await db.ProposalVersions.AsNoTracking().Select(v => new { v.Id, v.IetProposalId, v.Number }).ToListAsync(),
            await db.ReviewDecisions.AsNoTracking().Select(d => new { d.IetProposalId, d.ProposalVersionId, d.Kind, d.ApprovalNumber }).ToListAsync()));
        var versionsOf = versions.ToLookup(v => v.IetProposalId);
        var decisionsOf = decisions.ToLookup(d => d.IetProposalId);
        var rows = proposals.Select(p => new
        {
            p.Status,
            p.ApprovedAtUtc,
            Latest = versionsOf[p.Id].OrderByDescending(v => v.Number).Select(v => (int?)v.Id).FirstOrDefault(),
            Decisions = decisionsOf[p.Id].Select(d => new { d.Kind, d.ProposalVersionId, d.ApprovalNumber, Owned = versionsOf[p.Id].Any(v => v.Id == d.ProposalVersionId) }).ToList(),
        }).ToList();

        foreach (var p in rows)
        {
            Assert.All(p.Decisions, d => Assert.True(d.Owned, "a decision on another proposal's version"));
            Assert.Equal(p.Decisions.Count, p.Decisions.Select(d => d.ProposalVersionId).Distinct().Count());
            var onLatest = p.Decisions.SingleOrDefault(d => d.ProposalVersionId == p.Latest);
            switch (p.Status)
            {
                case ProposalStatus.Approved or ProposalStatus.Superseded:
                    Assert.Equal(DecisionKind.Approved, onLatest?.Kind);
                    Assert.NotNull(p.ApprovedAtUtc);
                    break;
                case ProposalStatus.Returned:
                    Assert.Equal(DecisionKind.Returned, onLatest?.Kind);
                    break;
                case ProposalStatus.Submitted or ProposalStatus.InReview or ProposalStatus.Draft:
                    Assert.Null(onLatest);
                    break;
            }

            Assert.All(p.Decisions.Where(d => d.ProposalVersionId != p.Latest), d => Assert.Equal(DecisionKind.Returned, d.Kind));
        }

        var numbers = rows.SelectMany(p => p.Decisions).Where(d => d.Kind == DecisionKind.Approved).Select(d => d.ApprovalNumber).ToList();
        Assert.All(numbers, n => Assert.Matches(@"^IET-20\d\d-\d{6}$", n));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public async Task Every_approved_program_is_in_the_public_api_and_nothing_else_is()
    {
        var (approved, draft) = await App.WithDbAsync(async db => (
            await db.Proposals.Where(p => p.Status == ProposalStatus.Approved).Select(p => p.Id).ToListAsync(),
            await db.Proposals.Where(p => p.Status == ProposalStatus.Draft).Select(p => p.Id).FirstAsync()));
        using var client = App.CreateClient();

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/programs?pageSize=10"));
        using var detail = await client.GetAsync($"/api/v1/programs/{approved[0]}");
        using var hidden = await client.GetAsync($"/api/v1/programs/{draft}");

        Assert.Equal(approved.Count, list.RootElement.GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("IET-20", await detail.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Stored_compliance_state_versions_snapshots_and_reports_match_what_the_app_computes()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var compliance = scope.ServiceProvider.GetRequiredService<ComplianceService>();
        var sample = await db.Proposals.AsNoTracking().OrderBy(p => p.Id).Where(p => p.Id % 7 == 0).WithWholeProposal().ToListAsync();
        Assert.True(sample.Count > 20);

        foreach (var proposal in sample)
        {
            var report = await compliance.EvaluateAsync(proposal, CancellationToken.None);
            Assert.Equal(report.ErrorCount, proposal.ComplianceErrorCount);
            Assert.Equal(report.WarningCount, proposal.ComplianceWarningCount);
            Assert.NotNull(proposal.ComplianceCheckedAtUtc);
            var latest = await db.ProposalVersions.AsNoTracking().Where(v => v.IetProposalId == proposal.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync();
            if (latest is null)
            {
                continue;
            }

            // The last version is the proposal as it is now, stored as the submit action stores it.
            var stored = ComplianceReport.FromJson(latest.ComplianceReportJson);
            Assert.Equal(0, stored.ErrorCount);
            Assert.Equal(report.WarningCount, stored.WarningCount);
            Assert.Equal(RuleCatalogue.RuleSetVersion, latest.RuleSetVersion);
            var snapshot = ProposalSnapshot.FromJson(latest.SnapshotJson);
            Assert.Equal(proposal.Id, snapshot.ProposalId);
            Assert.Equal(proposal.Title, snapshot.Title);
            // Numbers compared by value: the database gives decimals its own scale (2.0 on SQLite, 2.00 on PostgreSQL).
            Assert.Equal(
                DemoDataDeterminismTests.SameNumbers((await ProposalSnapshot.CaptureAsync(db, proposal, CancellationToken.None)).ToJson()),
                DemoDataDeterminismTests.SameNumbers(latest.SnapshotJson));
        }
    }

    [Fact]
    public async Task Dates_lie_in_the_five_years_before_now_and_every_proposal_has_an_audit_trail()
    {
        // "Updated" is what a save through the app records (another test saves a draft); the generator never writes it.
        // Reference data seeded at start-up is audited too, at the real time: only the proposals' trail is generated.
        var generated = await App.WithDbAsync(db => db.AuditEvents
            .Where(e => e.Action != "Updated" && e.IetProposalId != null).Select(e => e.OccurredAtUtc).ToListAsync());
        var (oldest, newest) = (generated.Min(), generated.Max());
        var (withoutAudit, firstSubmissions) = await App.WithDbAsync(async db => (
            await db.Proposals.CountAsync(p => !db.AuditEvents.Any(e => e.IetProposalId == p.Id)),
            await db.ProposalVersions.Select(v => v.SubmittedAtUtc.Year).Distinct().CountAsync()));

        Assert.True(oldest > DemoDataWorld.AsOf.AddYears(-6), $"oldest event {oldest:O}");
        Assert.True(newest < DemoDataWorld.AsOf, $"newest event {newest:O}");
        Assert.Equal(0, withoutAudit);
        Assert.True(firstSubmissions >= 5, "submissions spread over at least five calendar years");
    }

    [Fact]
    public async Task Generated_accounts_sign_in_with_the_documented_password_and_generated_drafts_save_through_EF()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var staff = await users.FindByEmailAsync($"staff1.matc@{DemoDataOptions.EmailDomain}");
        var reviewer = await users.FindByEmailAsync($"reviewer1@{DemoDataOptions.EmailDomain}");
        Assert.NotNull(staff);
        Assert.NotNull(reviewer);
        Assert.True(await users.CheckPasswordAsync(staff, DemoDataOptions.DefaultPassword));
        Assert.True(await users.IsInRoleAsync(staff, "CollegeStaff"));
        Assert.True(await users.IsInRoleAsync(reviewer, "StateReviewer"));
        Assert.NotNull(staff.CollegeId);

        // The concurrency stamps were written as EF writes them, so an update through the change tracker finds its row.
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var draft = await db.Proposals.WithWholeProposal().FirstAsync(p => p.Status == ProposalStatus.Draft);
        draft.Title = "Renamed by a test";
        draft.Components[0].QualityDescription = "Changed by a test";
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        Assert.Equal("Renamed by a test", (await db.Proposals.SingleAsync(p => p.Id == draft.Id)).Title);
    }

    [Fact]
    public async Task A_second_run_is_refused_and_writes_nothing()
    {
        var before = await App.WithDbAsync(db => db.Proposals.CountAsync());

        var refused = await Assert.ThrowsAsync<DemoDataRefusedException>(() =>
            App.WithDbAsync(db => DemoDataGenerator.GenerateAsync(db, DemoDataWorld.Options(proposals: 5), CancellationToken.None)));

        Assert.Contains("already holds generated demo data", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--append", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.Proposals.CountAsync()));
    }
}

public sealed class SqliteDemoDataGeneratorTests(SqliteDemoDataWorld world) : DemoDataGeneratorTests(world), IClassFixture<SqliteDemoDataWorld>;

public sealed class PostgresDemoDataGeneratorTests(PostgresDemoDataWorld world) : DemoDataGeneratorTests(world), IClassFixture<PostgresDemoDataWorld>;
