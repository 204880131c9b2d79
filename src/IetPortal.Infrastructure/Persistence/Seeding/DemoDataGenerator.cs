using System.Diagnostics;
using IetPortal.Domain.Reviews;
using IetPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IetPortal.Infrastructure.Persistence.Seeding;

/// <summary>
/// Fills a migrated database that holds the seeded reference data with realistic generated data for dashboards, query
/// counts and load tests: colleges' proposals in every workflow state (drafts, submitted, in review, returned, approved,
/// withdrawn, amendments and the programs they superseded) over the last five years, with all their sections, versions
/// (snapshot and compliance report as the submit action stores them), reviews, comments, decisions and audit events,
/// and the accounts that wrote them. Never runs at start-up: only the <c>seed-demo</c> command and tests call it.
/// <para>
/// Speed: rows are built in memory through the domain (the real workflow and compliance evaluator) and written per
/// batch of proposals in one transaction with PostgreSQL's binary COPY or SQLite's prepared inserts
/// (<see cref="BulkTableWriter"/>), not through the change tracker; see docs/benchmarks.md for the figures.
/// </para>
/// </summary>
public static class DemoDataGenerator
{
    public static async Task<DemoDataSummary> GenerateAsync(IetPortalDbContext db, DemoDataOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Proposals is < 1 or > DemoDataOptions.MaxProposals)
        {
            throw new DemoDataRefusedException($"The number of proposals must be between 1 and {DemoDataOptions.MaxProposals:N0}.");
        }

        if (options.BatchSize is < 1 or > 100_000)
        {
            throw new DemoDataRefusedException("The batch size must be between 1 and 100,000 proposals.");
        }

        var stopwatch = Stopwatch.StartNew();
        var writer = BulkTableWriter.For(db);
        var format = options.SubmissionFormat ?? FromApplicationServices(db)
            ?? throw new DemoDataRefusedException(
                "No IDemoSubmissionFormat: pass DemoDataOptions.SubmissionFormat or use a context of the web host, which registers the app's snapshot format.");
        var generatedAccounts = await DemoPeople.CountAsync(db, ct);
        if (generatedAccounts > 0 && !options.Append)
        {
            throw new DemoDataRefusedException(
                $"The database already holds generated demo data ({generatedAccounts} accounts @{DemoPeople.EmailDomain}). Nothing was written; pass --append to add more.");
        }

        var reference = await DemoReferenceData.LoadAsync(db, ct);
        var rng = new Random(options.Seed);
        var asOf = DateTime.SpecifyKind(options.AsOfUtc ?? DateTime.UtcNow.Date, DateTimeKind.Utc);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var lookups = SecondContext(db);
        Task? writing = null;
        try
        {
            var (people, usersCreated, declarations) = await DemoPeople.EnsureAsync(db, reference, rng, asOf, ct);
            var recorder = await format.OpenAsync(lookups ?? db, ct);
            var history = new DemoHistory(recorder, reference, people, await DemoKeys.LoadAsync(db, ct), asOf);
            var rows = new Dictionary<string, long>(StringComparer.Ordinal)
            {
                [nameof(ApplicationUser)] = usersCreated,
                [nameof(ConflictOfInterestDeclaration)] = declarations,
            };
            var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
            var built = 0;
            while (built < options.Proposals)
            {
                var batch = new DemoBatch();
                var inBatch = 0;
                while (inBatch < options.BatchSize && built + inBatch < options.Proposals)
                {
                    inBatch += await history.AddAsync(batch, rng, options.Proposals - built - inBatch, ct);
                }

                built += inBatch;
                var done = built;
                if (writing is not null)
                {
                    await writing;
                }

                // The next batch is built (CPU) while this one is written (I/O): the reference-name look-ups of the
                // snapshots use their own context, so nothing else touches this context's connection meanwhile.
                var write = () => WriteBatchAsync(db, writer, batch, rows, statuses, () => options.Progress?.Invoke(done), ct);
                writing = lookups is null ? write() : Task.Run(write, ct);
            }

            await writing!;
            writing = null;
            await writer.AdvanceKeySequencesAsync(DemoBatch.Tables, ct);
            stopwatch.Stop();
            return new DemoDataSummary(built, rows, stopwatch.Elapsed) { Statuses = statuses };
        }
        finally
        {
            if (writing is not null)
            {
                // A failed build must not leave a write running on the context it returns to the caller.
                await Task.WhenAny(writing);
            }

            if (lookups is not null)
            {
                await lookups.DisposeAsync();
            }

            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private static async Task WriteBatchAsync(
        IetPortalDbContext db, BulkTableWriter writer, DemoBatch batch, Dictionary<string, long> rows, Dictionary<string, int> statuses, Action progress, CancellationToken ct)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await batch.WriteAsync(writer, rows, ct);
            await transaction.CommitAsync(ct);
        }

        foreach (var proposal in batch.Proposals)
        {
            statuses[proposal.Status.ToString()] = statuses.GetValueOrDefault(proposal.Status.ToString()) + 1;
        }

        progress();
    }

    /// <summary>
    /// A second context on the same database (its own connection) for the look-ups made while a batch is written, or
    /// null when the caller's context was given a connection object rather than a connection string (then batches are
    /// built and written in turn).
    /// </summary>
    private static IetPortalDbContext? SecondContext(IetPortalDbContext db)
    {
        var options = db.GetService<IDbContextOptions>();
        var relational = options.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault();
        return relational is { Connection: null, ConnectionString: not null }
            ? (IetPortalDbContext?)Activator.CreateInstance(db.GetType(), options)
            : null;
    }

    /// <summary>The web host's format, from the services of the application that created the context.</summary>
    private static IDemoSubmissionFormat? FromApplicationServices(IetPortalDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(IDemoSubmissionFormat))
            as IDemoSubmissionFormat;
}
