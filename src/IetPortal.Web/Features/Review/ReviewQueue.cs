using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Review;

/// <summary>One proposal of the queue as the database returns it (one query for the whole page).</summary>
public sealed record ReviewQueueRow(
    int Id,
    string Title,
    int CollegeId,
    string CollegeName,
    string? PathwayName,
    ProposalStatus Status,
    DateTime? SubmittedAtUtc,
    int Version,
    string? AssignedReviewerId,
    string? AssignedTo);

/// <summary>A row with what the page draws for it: the clock and only the actions the workflow permits this user.</summary>
public sealed record ReviewQueueItem(ReviewQueueRow Row, ReviewClock Clock, bool CanClaim, bool CanAssign, IReadOnlyList<ReviewerOption> Assignees);

public sealed record FilterOption(int Id, string Name);

public sealed record ReviewQueuePage(
    ReviewQueueFilter Filter,
    IReadOnlyList<FilterOption> Colleges,
    IReadOnlyList<FilterOption> Pathways,
    IReadOnlyList<ReviewQueueItem> Items,
    int TotalCount,
    int PageCount,
    int TargetDays,
    bool IsReviewer)
{
    /// <summary>Only reviewers are assigned proposals, so only they have an "Assigned to me" tab.</summary>
    public bool ShowsOwnTab => IsReviewer;

    public static IReadOnlyList<(QueueTab Tab, string Label)> Tabs { get; } =
    [
        (QueueTab.Unassigned, "Unassigned"),
        (QueueTab.Mine, "Assigned to me"),
        (QueueTab.All, "All proposals"),
    ];

    public int FirstShown => TotalCount == 0 ? 0 : ((Filter.Page - 1) * ReviewQueueFilter.PageSize) + 1;

    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Items.Count - 1;

    public int LateCount => Items.Count(i => i.Clock.IsLate);

    public string Caption
    {
        get
        {
            var count = PageCount > 1
                ? $"Proposals {FirstShown}\u2013{LastShown} of {TotalCount}"
                : TotalCount == 1 ? "1 proposal" : $"{TotalCount} proposals";
            var what = Filter.Tab switch
            {
                QueueTab.Unassigned => " waiting for a reviewer",
                QueueTab.Mine => " assigned to you",
                _ => "",
            };
            var order = Filter.Tab == QueueTab.All ? ", most recently submitted first" : ", oldest submission first";
            return count + what + (Filter.IsFiltered ? " matching the filters" : "") + order;
        }
    }

    /// <summary>Page numbers to link, USWDS style; null marks a gap. Seven slots at most.</summary>
    public IReadOnlyList<int?> PageSlots => Shared.Pagination.Slots(Filter.Page, PageCount);
}

/// <summary>The queue's reads: AsNoTracking projections, one query for the count and one for the page.</summary>
public static class ReviewQueueQueries
{
    public static IQueryable<Domain.Proposals.IetProposal> Matching(IetPortalDbContext db, ReviewQueueFilter filter, string userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var proposals = db.Proposals.AsNoTracking();
        proposals = filter.Tab switch
        {
            QueueTab.Unassigned => proposals.Where(p => p.Status == ProposalStatus.Submitted && p.AssignedReviewerId == null),

            // A resubmission keeps its reviewer, so Submitted proposals still assigned to this reviewer are theirs too.
            QueueTab.Mine => proposals.Where(p => p.AssignedReviewerId == userId
                && (p.Status == ProposalStatus.Submitted || p.Status == ProposalStatus.InReview)),
            // The statuses named rather than "not a draft": an IN list can be read from the status index (a "<>" cannot).
            _ => proposals.Where(p => ReviewQueueFilter.ReviewerStatuses.Contains(p.Status)),
        };

        if (filter.CollegeId is { } collegeId)
        {
            proposals = proposals.Where(p => p.CollegeId == collegeId);
        }

        if (filter.PathwayId is { } pathwayId)
        {
            proposals = proposals.Where(p => p.CareerPathwayId == pathwayId);
        }

        if (filter.Status is { } status)
        {
            proposals = proposals.Where(p => p.Status == status);
        }

        return proposals;
    }

    public static IQueryable<ReviewQueueRow> Page(IetPortalDbContext db, IQueryable<Domain.Proposals.IetProposal> matching, ReviewQueueFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var ordered = filter.Tab == QueueTab.All
            ? matching.OrderByDescending(p => p.SubmittedAtUtc).ThenByDescending(p => p.Id)
            : matching.OrderBy(p => p.SubmittedAtUtc).ThenBy(p => p.Id);
        return ordered
            .Skip((filter.Page - 1) * ReviewQueueFilter.PageSize)
            .Take(ReviewQueueFilter.PageSize)
            .Select(p => new ReviewQueueRow(
                p.Id,
                p.Title,
                p.CollegeId,
                db.Colleges.Where(c => c.Id == p.CollegeId).Select(c => c.Name).First(),
                db.CareerPathways.Where(w => w.Id == p.CareerPathwayId).Select(w => w.Name).FirstOrDefault(),
                p.Status,
                p.SubmittedAtUtc,

                // The number of the latest submitted version: the next one to be recorded, minus one.
                p.NextVersionNumber - 1,
                p.AssignedReviewerId,
                db.Users.Where(u => u.Id == p.AssignedReviewerId).Select(u => u.DisplayName).FirstOrDefault()));
    }
}
