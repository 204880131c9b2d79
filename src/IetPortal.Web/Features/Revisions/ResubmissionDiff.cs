using IetPortal.Domain.Reviews;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Submission;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Revisions;

/// <summary>
/// PRODUCT.md "Resubmission: the reviewer sees exactly what changed since the last return (a readable diff, not
/// colour-only), and which comments were addressed". For a proposal's latest version N+1, compares its snapshot with
/// the version of the latest Returned decision. Rendered by <c>/Features/Revisions/_ResubmissionDiff.cshtml</c>
/// on the review page and on the college's read view:
/// <c>&lt;partial name="/Features/Revisions/_ResubmissionDiff.cshtml" model="await diff.ForAsync(id)" /&gt;</c>.
/// </summary>
public sealed class ResubmissionDiff(IetPortalDbContext db)
{
    /// <summary>The diff of the latest version against the returned one; null when no earlier version was returned.</summary>
    public async Task<ResubmissionDiffModel?> ForAsync(int proposalId, CancellationToken cancellationToken = default)
    {
        var latest = await db.ProposalVersions.AsNoTracking()
            .Where(v => v.IetProposalId == proposalId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.SubmittedAtUtc, v.SnapshotJson })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }

        // The latest return is the one of the highest-numbered returned version; a version returned and not yet
        // resubmitted (the latest itself) has nothing after it to compare.
        var returned = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.IetProposalId == proposalId && d.Kind == DecisionKind.Returned)
            .Join(db.ProposalVersions, d => d.ProposalVersionId, v => v.Id, (d, v) => new { d.DecidedAtUtc, v.Id, v.Number, v.SubmittedAtUtc, v.SnapshotJson })
            .OrderByDescending(x => x.Number)
            .FirstOrDefaultAsync(cancellationToken);
        if (returned is null || returned.Number >= latest.Number)
        {
            return null;
        }

        var (changed, unchanged) = SnapshotComparison.Compare(ProposalSnapshot.FromJson(returned.SnapshotJson), ProposalSnapshot.FromJson(latest.SnapshotJson));
        return new ResubmissionDiffModel(
            proposalId,
            returned.Number,
            returned.DecidedAtUtc,
            latest.Number,
            latest.SubmittedAtUtc,
            changed,
            unchanged,
            await RequiredChangesAsync(proposalId, returned.Id, returned.SubmittedAtUtc, latest.SubmittedAtUtc, cancellationToken));
    }

    /// <summary>
    /// The required changes released with that return: made on the returned version, or (when the reviewer's comment does
    /// not name a version) released after it was submitted and before the resubmission.
    /// </summary>
    private async Task<IReadOnlyList<RequiredChangeAnswer>> RequiredChangesAsync(
        int proposalId, int returnedVersionId, DateTime returnedSubmittedAtUtc, DateTime resubmittedAtUtc, CancellationToken cancellationToken)
    {
        var rows = await db.ReviewComments.AsNoTracking()
            .Where(c => c.IetProposalId == proposalId
                && c.IsRequiredChange
                && c.Visibility == CommentVisibility.ForCollege
                && c.ReleasedAtUtc != null
                && (c.ProposalVersionId == returnedVersionId
                    || (c.ProposalVersionId == null && c.ReleasedAtUtc >= returnedSubmittedAtUtc && c.ReleasedAtUtc <= resubmittedAtUtc)))
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.Section,
                c.Body,
                c.AddressedAtUtc,
                AddressedBy = db.Users.Where(u => u.Id == c.AddressedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                c.CollegeReply,
            })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Section)
            .ThenBy(r => r.Id)
            .Select(r => new RequiredChangeAnswer(r.Id, SectionTitles.Of(r.Section), r.Body, r.AddressedAtUtc, r.AddressedBy, r.CollegeReply))
            .ToList();
    }
}
