using System.Net;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Infrastructure.Persistence.Providers;
using IetPortal.Infrastructure.Persistence.Seeding;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IetPortal.Web.Tests.Performance;

/// <summary>
/// The real app on a generated database (<see cref="DemoDataGenerator"/>) with <see cref="RequestCommandLog"/> on its
/// DbContext options and none of its own background services (outbox dispatcher, review-clock reminder), so nothing but
/// the measured requests touches the data.
/// </summary>
public sealed class GeneratedApp(DatabaseProvider provider) : IetPortalFactory(provider)
{
    private readonly Dictionary<string, AppClient> _clients = new(StringComparer.OrdinalIgnoreCase);

    public RequestCommandLog Log { get; } = new();

    public DemoDataSummary? Summary { get; private set; }

    public async Task GenerateAsync(int proposals, int seed, DateTime asOfUtc) =>
        Summary = await WithDbAsync(db => DemoDataGenerator.GenerateAsync(
            db, new DemoDataOptions { Proposals = proposals, Seed = seed, AsOfUtc = asOfUtc }, CancellationToken.None));

    /// <summary>A client signed in as the generated account (all share one password), or an anonymous one for null.</summary>
    public async Task<AppClient> ClientAsync(string? email)
    {
        var key = email ?? "";
        if (_clients.TryGetValue(key, out var client))
        {
            return client;
        }

        client = CreateAppClient();
        if (email is not null)
        {
            using var response = await client.LoginAsync(email, DemoDataOptions.DefaultPassword);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {email} failed with {(int)response.StatusCode}");
        }

        _clients[key] = client;
        return client;
    }

    /// <summary>
    /// The commands one GET sends, once the address has been requested before (the first request of an address may load
    /// what the app then caches: the data-protection key ring, compiled views and queries).
    /// </summary>
    public async Task<IReadOnlyList<LoggedCommand>> CommandsOfAsync(PageVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var client = await ClientAsync(visit.UserEmail);
        await SendAsync(client, visit.Url);
        return await SendAsync(client, visit.Url);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            _ = Database.Provider switch
            {
                DatabaseProvider.Sqlite => services.ConfigureDbContext<SqliteIetPortalDbContext>(o => o.AddInterceptors(Log)),
                DatabaseProvider.Postgres => services.ConfigureDbContext<PostgresIetPortalDbContext>(o => o.AddInterceptors(Log)),
                _ => throw new InvalidOperationException($"{Database.Provider} is not measured."),
            };
            foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService)
                && d.ImplementationType?.Assembly.GetName().Name?.StartsWith("IetPortal", StringComparison.Ordinal) == true).ToList())
            {
                services.Remove(hosted);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private async Task<IReadOnlyList<LoggedCommand>> SendAsync(AppClient client, string url)
    {
        var mark = Log.Begin();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add(RequestCommandLog.Header, mark);
        using var response = await client.Http.SendAsync(request);
        var commands = Log.End(mark);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode}");
        return commands;
    }
}

/// <summary>A page as one user opens it.</summary>
public sealed record PageVisit(string Url, string? UserEmail);

/// <summary>
/// What decides the number of commands a proposal's pages send: its state and which parts it has (a page skips the
/// query of a part that is empty). Two proposals of the same shape must take the same commands.
/// </summary>
public sealed record ProposalShape(
    ProposalStatus Status,
    bool IsAmendment,
    bool IsAssigned,
    int Versions,
    bool Resubmitted,
    int Components,
    bool HasPathway,
    bool HasEntryStep,
    bool HasCredentials,
    bool HasWorkforceAreas,
    bool HasOccupation,
    bool HasComments,
    bool LatestVersionReviewed);

/// <summary>A generated proposal and what a test needs to open its pages.</summary>
public sealed record GeneratedProposal(
    int Id,
    string Title,
    int CollegeId,
    string CollegeCode,
    int? PathwayId,
    string? OccupationSocCode,
    int? WdaNumber,
    string? AssignedReviewerEmail,
    ProposalShape Shape)
{
    /// <summary>The first generated staff account of the proposal's college.</summary>
    public string StaffEmail => $"staff1.{CollegeCode.ToLowerInvariant()}@{DemoDataOptions.EmailDomain}";
}

/// <summary>
/// Two generated databases of one provider, built once: <see cref="FewProposals"/> and <see cref="ManyProposalCount"/>
/// proposals from the same seed, each behind its own app. PostgreSQL's statistics and visibility map are brought up to
/// date (VACUUM ANALYZE) after the generation, as autovacuum does on a real server, so its plans are the ones the data
/// calls for.
/// </summary>
public abstract class QueryCountWorld(DatabaseProvider provider) : IAsyncLifetime
{
    public const int FewProposals = 10;
    public const int ManyProposals = 1_000;

    /// <summary>Set it (e.g. to 20000) to measure counts and plans on a larger database, as docs/benchmarks.md does.</summary>
    public const string ManyProposalsVariable = "IETPORTAL_QUERY_COUNT_PROPOSALS";

    /// <summary>
    /// A seed whose first ten proposals include every state and shape the measured pages need (of seeds 1 to 40, only 33
    /// gives a complete draft, a returned proposal, a resubmission in review and an unassigned submission at once).
    /// </summary>
    public const int Seed = 33;

    /// <summary>The first generated reviewer, who declared no conflict of interest.</summary>
    public const string Reviewer = "reviewer1@" + DemoDataOptions.EmailDomain;

    public static readonly DateTime AsOfUtc = new(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);

    private readonly Dictionary<string, Task<(GeneratedProposal Few, GeneratedProposal Many)>> _pairs = new(StringComparer.Ordinal);

    public DatabaseProvider Provider => provider;

    /// <summary><see cref="ManyProposals"/>, or the number in <see cref="ManyProposalsVariable"/>.</summary>
    public int ManyProposalCount { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(ManyProposalsVariable), System.Globalization.CultureInfo.InvariantCulture, out var n) && n > FewProposals
            ? n
            : ManyProposals;

    /// <summary>False for PostgreSQL when IETPORTAL_TEST_POSTGRES is unset: nothing is built and the tests are skipped.</summary>
    public bool IsAvailable => provider != DatabaseProvider.Postgres || TestDatabase.PostgresServer is not null;

    public GeneratedApp Few { get; private set; } = null!;

    public GeneratedApp Many { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!IsAvailable)
        {
            return;
        }

        Few = new GeneratedApp(provider);
        Many = new GeneratedApp(provider);
        await Task.WhenAll(Few.GenerateAsync(FewProposals, Seed, AsOfUtc), Many.GenerateAsync(ManyProposalCount, Seed, AsOfUtc));
        if (provider == DatabaseProvider.Postgres)
        {
            await Few.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE"));
            await Many.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE"));
        }
    }

    public Task DisposeAsync()
    {
        Few?.Dispose();
        Many?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The first proposal of the small database that <paramref name="wanted"/> describes, and a proposal of the same
    /// shape in the large one: the same page of both must then take the same commands. Found once per key.
    /// </summary>
    public Task<(GeneratedProposal Few, GeneratedProposal Many)> PairAsync(string key, ProposalStatus status, Func<GeneratedProposal, bool> wanted)
    {
        if (!_pairs.TryGetValue(key, out var pair))
        {
            pair = FindPairAsync(key, status, wanted);
            _pairs[key] = pair;
        }

        return pair;
    }

    private async Task<(GeneratedProposal Few, GeneratedProposal Many)> FindPairAsync(string key, ProposalStatus status, Func<GeneratedProposal, bool> wanted)
    {
        var few = (await ProposalsAsync(Few, status)).FirstOrDefault(wanted)
            ?? throw new InvalidOperationException($"The {FewProposals} generated proposals (seed {Seed}) have no {key}.");
        var many = (await ProposalsAsync(Many, status)).FirstOrDefault(p => p.Shape == few.Shape)
            ?? throw new InvalidOperationException($"The {ManyProposalCount} generated proposals have none shaped like {few.Shape}.");
        return (few, many);
    }

    private static Task<List<GeneratedProposal>> ProposalsAsync(GeneratedApp app, ProposalStatus status) =>
        app.WithDbAsync(async db => (await db.Proposals.AsNoTracking()
                .Where(p => p.Status == status)
                .OrderBy(p => p.Id)
                .Select(p => new
                {
                    p.Id,
                    p.Title,
                    p.CollegeId,
                    CollegeCode = db.Colleges.Where(c => c.Id == p.CollegeId).Select(c => c.Code).First(),
                    p.CareerPathwayId,
                    p.OccupationSocCode,
                    Wda = p.WorkforceAreas.Select(a => db.WorkforceDevelopmentAreas.Where(w => w.Id == a.WorkforceDevelopmentAreaId).Select(w => (int?)w.Number).First())
                        .OrderBy(n => n).FirstOrDefault(),
                    Reviewer = db.Users.Where(u => u.Id == p.AssignedReviewerId).Select(u => u.Email).FirstOrDefault(),
                    p.Status,
                    IsAmendment = p.AmendsProposalId != null,
                    Versions = p.Versions.Count(),
                    Resubmitted = db.ReviewDecisions.Any(d => d.IetProposalId == p.Id && d.Kind == DecisionKind.Returned
                        && p.Versions.Any(v => v.Id == d.ProposalVersionId && v.Number < p.NextVersionNumber - 1)),
                    Components = p.Components.Count(),
                    p.EntryStepId,
                    Credentials = p.Credentials.Any(),
                    Areas = p.WorkforceAreas.Any(),
                    Comments = db.ReviewComments.Any(c => c.IetProposalId == p.Id),
                    Reviewed = db.Reviews.Any(r => r.ProposalVersionId == p.Versions.OrderByDescending(v => v.Number).Select(v => v.Id).FirstOrDefault()),
                })
                .ToListAsync())
            .Select(p => new GeneratedProposal(
                p.Id,
                p.Title,
                p.CollegeId,
                p.CollegeCode,
                p.CareerPathwayId,
                p.OccupationSocCode,
                p.Wda,
                p.Reviewer,
                new ProposalShape(
                    p.Status,
                    p.IsAmendment,
                    p.Reviewer is not null,
                    Math.Min(p.Versions, 2),
                    p.Resubmitted,
                    p.Components,
                    p.CareerPathwayId is not null,
                    p.EntryStepId is not null,
                    p.Credentials,
                    p.Areas,
                    p.OccupationSocCode is not null,
                    p.Comments,
                    p.Reviewed)))
            .ToList());
}

public sealed class SqliteQueryCountWorld() : QueryCountWorld(DatabaseProvider.Sqlite);

public sealed class PostgresQueryCountWorld() : QueryCountWorld(DatabaseProvider.Postgres);

/// <summary>The PostgreSQL query-count and query-plan tests share one pair of generated databases.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGeneratedGroup : ICollectionFixture<PostgresQueryCountWorld>
{
    public const string Name = "PostgreSQL generated databases";
}
