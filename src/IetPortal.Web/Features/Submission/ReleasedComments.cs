using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Revisions;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Submission;

/// <summary>
/// A reviewer's comment as the college sees it once released with a decision: anchored to a section (with the editor
/// page where it is fixed), and for a required change whether the college marked it addressed, when, by whom and
/// with which reply.
/// </summary>
public sealed record CommentItem(
    int Id,
    ProposalSection Section,
    string SectionTitle,
    string EditHref,
    string Body,
    DateTime ReleasedAtUtc,
    int? VersionNumber,
    bool IsRequiredChange,
    DateTime? AddressedAtUtc,
    string? AddressedBy,
    string? Reply,
    Guid Stamp)
{
    public bool IsAddressed => AddressedAtUtc is not null;

    /// <summary>The id of the comment's block on a page; the read view's links point at it on the changes page.</summary>
    public string Anchor => "change-" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The released comments for the college: internal notes and unreleased comments never leave the reviewers.</summary>
public static class ReleasedComments
{
    public static async Task<IReadOnlyList<CommentItem>> ForAsync(IetPortalDbContext db, int proposalId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ReviewComments.AsNoTracking()
            .Where(c => c.IetProposalId == proposalId && c.Visibility == CommentVisibility.ForCollege && c.ReleasedAtUtc != null)
            .OrderByDescending(c => c.ReleasedAtUtc).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.Section,
                c.Body,
                ReleasedAtUtc = c.ReleasedAtUtc!.Value,
                VersionNumber = db.ProposalVersions.Where(v => v.Id == c.ProposalVersionId).Select(v => (int?)v.Number).FirstOrDefault(),
                c.IsRequiredChange,
                c.AddressedAtUtc,
                AddressedBy = db.Users.Where(u => u.Id == c.AddressedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                c.CollegeReply,
                c.ConcurrencyStamp,
            })
            .ToListAsync(cancellationToken);

        // Newest release first (the current round on top); within a release, in the order of the editor's sections.
        return rows
            .OrderByDescending(r => r.ReleasedAtUtc)
            .ThenBy(r => r.Section)
            .ThenBy(r => r.Id)
            .Select(r => new CommentItem(
                r.Id,
                r.Section,
                SectionTitles.Of(r.Section),
                SectionTitles.EditHref(proposalId, r.Section),
                r.Body,
                r.ReleasedAtUtc,
                r.VersionNumber,
                r.IsRequiredChange,
                r.AddressedAtUtc,
                r.AddressedBy,
                r.CollegeReply,
                r.ConcurrencyStamp))
            .ToList();
    }
}
