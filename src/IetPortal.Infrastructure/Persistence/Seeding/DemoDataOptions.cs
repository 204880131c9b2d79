using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Infrastructure.Persistence.Seeding;

/// <summary>What <see cref="DemoDataGenerator"/> generates: how many proposals, from which seed, as of when.</summary>
public sealed class DemoDataOptions
{
    /// <summary>The most proposals one run generates (a load test of one million rows per table is out of scope).</summary>
    public const int MaxProposals = 1_000_000;

    /// <summary>The password of every generated account (hashed once; the accounts are for load tests and demos only).</summary>
    public const string DefaultPassword = "Generated-Demo-Data-2026";

    /// <summary>The email domain of every generated account: its presence marks a database as holding generated data.</summary>
    public const string EmailDomain = "generated.ietportal.test";

    /// <summary>Proposals to write, amendments included (an amendment and the program it amends count as two).</summary>
    public int Proposals { get; init; } = 1_000;

    /// <summary>Seed of the one <see cref="Random"/> every choice comes from: the same seed gives the same data.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Add to a database that already holds generated data (reusing its generated accounts) instead of refusing.
    /// </summary>
    public bool Append { get; init; }

    /// <summary>Proposals written per transaction (with everything that belongs to them).</summary>
    public int BatchSize { get; init; } = 1_000;

    /// <summary>"Now" of the generated history: every date lies in the five years before it. Default: today, 00:00 UTC.</summary>
    public DateTime? AsOfUtc { get; init; }

    /// <summary>
    /// The web layer's snapshot and compliance facts. Null: taken from the services of the context's application
    /// (the web host registers <see cref="IDemoSubmissionFormat"/>).
    /// </summary>
    public IDemoSubmissionFormat? SubmissionFormat { get; init; }

    /// <summary>Called after each committed batch with the proposals written so far (progress for the command line).</summary>
    public Action<int>? Progress { get; init; }
}

/// <summary>What one run wrote: rows per table (EF entity name) and how long it took.</summary>
public sealed record DemoDataSummary(int Proposals, IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed)
{
    public long TotalRows => Rows.Values.Sum();

    /// <summary>Proposals per workflow status (an amendment counted under its own status).</summary>
    public IReadOnlyDictionary<string, int> Statuses { get; init; } = new Dictionary<string, int>();
}

/// <summary>The generator refused to run (generated data already present, reference data missing, bad options).</summary>
public sealed class DemoDataRefusedException(string message) : InvalidOperationException(message);

/// <summary>
/// How the web app records a submission, which only the web layer knows: the snapshot document of the editor's
/// section forms (<c>ProposalSnapshot</c>) and the reference facts and thresholds the compliance service evaluates with.
/// The generator stores versions exactly as the submit action does, through this.
/// </summary>
public interface IDemoSubmissionFormat
{
    /// <summary>Loads the reference facts and thresholds once for a whole run.</summary>
    Task<IDemoSubmissionRecorder> OpenAsync(IetPortalDbContext db, CancellationToken cancellationToken);
}

/// <summary>One run's recorder, see <see cref="IDemoSubmissionFormat"/>.</summary>
public interface IDemoSubmissionRecorder
{
    /// <summary>The compliance report of the proposal as the app's compliance service would make it.</summary>
    ComplianceReport Evaluate(IetProposal proposal);

    /// <summary>The snapshot JSON the submit action would store for the proposal as it is now (its ids assigned).</summary>
    ValueTask<string> SnapshotAsync(IetProposal proposal, CancellationToken cancellationToken);
}
