using System.Diagnostics;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Compliance;

/// <summary>How many open drafts a re-check looked at and how many of them changed compliance state.</summary>
public sealed record RecheckResult(int Checked, int Changed, TimeSpan Elapsed);

/// <summary>
/// The compliance service of PRODUCT.md on the database: fills the pure evaluator
/// (<see cref="ComplianceEvaluator.Evaluate"/>) with the reference data and administrator-set thresholds, stores a
/// draft's compliance state, and re-checks every open draft when a threshold changes or a pathway is retired.
/// </summary>
public sealed partial class ComplianceService(IetPortalDbContext db, TimeProvider clock, ILogger<ComplianceService> logger)
{
    /// <summary>Drafts loaded per round trip by a re-check; each batch is written in one transaction.</summary>
    public const int RecheckBatchSize = 500;

    /// <summary>The report of one proposal as it stands (loaded or just changed in memory), with a few small queries.</summary>
    public async Task<ComplianceReport> EvaluateAsync(IetProposal proposal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var facts = await ReferenceFacts.ForProposalAsync(db, proposal, ct);
        return Evaluate(proposal, facts, await LoadThresholdsAsync(ct));
    }

    /// <summary>
    /// Many proposals at once: the reference data and thresholds are loaded once for all of them, whatever their number.
    /// </summary>
    public async Task<IReadOnlyList<ComplianceReport>> EvaluateManyAsync(IReadOnlyList<IetProposal> proposals, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        var facts = await ReferenceFacts.AllAsync(db, ct);
        var thresholds = await LoadThresholdsAsync(ct);
        return proposals.Select(p => Evaluate(p, facts, thresholds)).ToList();
    }

    /// <summary>The thresholds in force, read from the administrator-managed table (a missing key takes its default).</summary>
    public async Task<ComplianceThresholds> LoadThresholdsAsync(CancellationToken ct)
    {
        var values = await db.ComplianceThresholds.AsNoTracking()
            .Select(t => new { t.Key, t.Value })
            .ToDictionaryAsync(t => t.Key, t => t.Value, StringComparer.Ordinal, ct);
        return ComplianceThresholds.From(values);
    }

    /// <summary>
    /// Evaluates a tracked proposal that is about to be saved and sets its stored compliance state, so the state is
    /// written by the caller's own <c>SaveChanges</c>, in the same transaction as the change that caused it.
    /// </summary>
    public async Task<ComplianceReport> RecordCheckAsync(IetProposal proposal, string cause, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var report = await EvaluateAsync(proposal, ct);
        ComplianceState.After(ComplianceState.Of(proposal), report, clock.GetUtcNow().UtcDateTime, cause).ApplyTo(proposal);
        return report;
    }

    /// <summary>
    /// Re-evaluates every open draft (Draft and Returned) after something they all depend on changed: a threshold, or a
    /// career pathway retired (34 CFR 463.38(b) needs an active pathway). Drafts are read in batches without tracking
    /// and only the compliance columns are written, so neither their audit trail nor their concurrency stamp changes and
    /// nobody editing a draft meanwhile gets a conflict. <paramref name="reason"/> becomes the start of the change note
    /// of each draft whose counts change, e.g. "Threshold 'Minimum overlap' changed from 50 to 60".
    /// </summary>
    public async Task<RecheckResult> RecheckOpenDraftsAsync(string reason, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var stopwatch = Stopwatch.StartNew();
        var facts = await ReferenceFacts.AllAsync(db, ct);
        var thresholds = await LoadThresholdsAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        int checkedCount = 0, changed = 0, lastId = 0;
        while (true)
        {
            var batch = await db.Proposals.AsNoTracking().WithWholeProposal()
                .Where(p => (p.Status == ProposalStatus.Draft || p.Status == ProposalStatus.Returned) && p.Id > lastId)
                .OrderBy(p => p.Id)
                .Take(RecheckBatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            var onlyCheckedAt = new List<int>(batch.Count);
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                foreach (var proposal in batch)
                {
                    var previous = ComplianceState.Of(proposal);
                    var state = ComplianceState.After(previous, Evaluate(proposal, facts, thresholds), now, reason);
                    if (state.HasSameCountsAs(previous))
                    {
                        onlyCheckedAt.Add(proposal.Id);
                        continue;
                    }

                    changed += previous is null ? 0 : 1;
                    await WriteStateAsync(proposal, state, ct);
                }

                // Drafts whose counts did not move share one statement: only their check time changes.
                if (onlyCheckedAt.Count > 0)
                {
                    await db.Proposals.Where(p => onlyCheckedAt.Contains(p.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(p => p.ComplianceCheckedAtUtc, now), ct);
                }

                await transaction.CommitAsync(ct);
            }

            checkedCount += batch.Count;
            lastId = batch[^1].Id;
        }

        stopwatch.Stop();
        LogRechecked(logger, checkedCount, reason, changed, stopwatch.ElapsedMilliseconds);
        return new RecheckResult(checkedCount, changed, stopwatch.Elapsed);
    }

    /// <summary>
    /// One draft's new state, written only if the draft is unchanged since it was read: a draft saved meanwhile has
    /// already stored a state computed from its newer content.
    /// </summary>
    private Task<int> WriteStateAsync(IetProposal proposal, ComplianceState state, CancellationToken ct) =>
        db.Proposals
            .Where(p => p.Id == proposal.Id && p.ConcurrencyStamp == proposal.ConcurrencyStamp)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(p => p.ComplianceErrorCount, state.ErrorCount)
                    .SetProperty(p => p.ComplianceWarningCount, state.WarningCount)
                    .SetProperty(p => p.ComplianceCheckedAtUtc, state.CheckedAtUtc)
                    .SetProperty(p => p.ComplianceChangedAtUtc, state.ChangedAtUtc)
                    .SetProperty(p => p.ComplianceChangeNote, state.ChangeNote),
                ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-checked {DraftCount} open drafts ({Reason}): {ChangedCount} changed compliance state in {ElapsedMilliseconds} ms")]
    private static partial void LogRechecked(ILogger logger, int draftCount, string reason, int changedCount, long elapsedMilliseconds);

    private static ComplianceReport Evaluate(IetProposal proposal, ReferenceFacts facts, ComplianceThresholds thresholds)
    {
        InEditorOrder(proposal);
        return ComplianceEvaluator.Evaluate(proposal, facts.For(proposal), thresholds);
    }

    /// <summary>
    /// Findings name repeating rows by index (<c>LearningObjectives[2]</c>); the editor lists rows by position, so the
    /// rules must see them in that order for a Fix link to land on the right row whatever order the database returned.
    /// </summary>
    private static void InEditorOrder(IetProposal proposal)
    {
        proposal.LearningObjectives.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Id.CompareTo(b.Id));
        foreach (var component in proposal.Components)
        {
            if (component is WorkforcePreparationComponent preparation)
            {
                preparation.Activities.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Id.CompareTo(b.Id));
            }
        }
    }
}
