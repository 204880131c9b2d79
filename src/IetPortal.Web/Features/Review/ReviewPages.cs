using System.Security.Claims;
using System.Text.Json;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Decisions;
using IetPortal.Web.Features.Editor;
using IetPortal.Web.Features.Proposals;
using IetPortal.Web.Features.Submission;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Review;

public enum ReviewPageOutcome
{
    Found,

    /// <summary>No such proposal, or one never submitted (drafts are the college's own).</summary>
    NotFound,

    /// <summary>The user declared a conflict of interest with the proposal's college.</summary>
    Conflicted,
}

/// <summary>
/// Builds the review page with AsNoTracking projections (a fixed number of queries), for the page itself and for
/// every post that shows it again with the user's input and the reasons it was refused.
/// </summary>
public sealed class ReviewPages(IetPortalDbContext db, ReviewActors actors, Revisions.ResubmissionDiff diff, TimeProvider clock)
{
    public async Task<(ReviewPageOutcome Outcome, ReviewPage? Page)> BuildAsync(
        int proposalId, ClaimsPrincipal user, ReviewPagePosted? posted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var header = await db.Proposals.AsNoTracking()
            .Where(p => p.Id == proposalId)
            .Select(p => new
            {
                p.Id,
                p.Title,
                p.CollegeId,
                CollegeName = db.Colleges.Where(c => c.Id == p.CollegeId).Select(c => c.Name).First(),
                p.Status,
                p.AmendsProposalId,
                p.AssignedReviewerId,
                AssignedTo = db.Users.Where(u => u.Id == p.AssignedReviewerId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        var version = header is null ? null : await db.ProposalVersions.AsNoTracking()
            .Where(v => v.IetProposalId == proposalId)
            .OrderByDescending(v => v.Number)
            .Select(v => new
            {
                v.Id,
                v.Number,
                v.SubmittedAtUtc,
                SubmittedBy = db.Users.Where(u => u.Id == v.SubmittedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                v.RuleSetVersion,
                v.SnapshotJson,
                v.ComplianceReportJson,
                v.WarningAcknowledgementsJson,
                HasEarlier = db.ProposalVersions.Any(e => e.IetProposalId == proposalId && e.Number < v.Number),
            })
            .FirstOrDefaultAsync(ct);
        if (header is null || version is null)
        {
            return (ReviewPageOutcome.NotFound, null);
        }

        var actor = await actors.CurrentAsync(user, ct);
        if (actor.IsConflictedWith(header.CollegeId))
        {
            return (ReviewPageOutcome.Conflicted, null);
        }

        var state = new ProposalState(header.Status, header.CollegeId, header.AssignedReviewerId, header.AmendsProposalId);
        var permitted = ReviewWorkflow.PermittedActions(state, actor);

        // The checklist shown is the assigned reviewer's (their ratings decide an approval), read-only for everyone else.
        var raterId = header.AssignedReviewerId ?? actor.UserId;
        var review = await db.Reviews.AsNoTracking().Include(r => r.Ratings)
            .SingleOrDefaultAsync(r => r.ProposalVersionId == version.Id && r.ReviewerId == raterId, ct);
        var raterName = review is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == review.ReviewerId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);

        var comments = await db.ReviewComments.AsNoTracking()
            .Where(c => c.IetProposalId == proposalId)
            .OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id)
            .Select(c => new CommentItem(
                c.Id,
                db.ProposalVersions.Where(v => v.Id == c.ProposalVersionId).Select(v => (int?)v.Number).FirstOrDefault(),
                c.Section,
                c.Body,
                c.Visibility,
                c.IsRequiredChange,
                c.AuthorId,
                db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault(),
                c.CreatedAtUtc,
                c.ReleasedAtUtc,
                c.AddressedAtUtc,
                c.CollegeReply))
            .ToListAsync(ct);

        var decision = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.ProposalVersionId == version.Id)
            .Select(d => new DecisionInfo(
                d.Kind,
                d.DecidedAtUtc,
                db.Users.Where(u => u.Id == d.DecidedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                d.Summary,
                d.ApprovalNumber,
                d.EffectiveFrom,
                d.EffectiveTo))
            .FirstOrDefaultAsync(ct);

        var assignees = permitted.Contains(WorkflowAction.Assign)
            ? (await actors.ReviewersAsync(ct))
                .Where(r => r.MayReview(header.CollegeId) && !string.Equals(r.Id, header.AssignedReviewerId, StringComparison.Ordinal))
                .ToList()
            : [];

        var ratings = RatingsForm.For(review);
        if (posted?.Ratings is { } postedRatings)
        {
            // Keep what the user chose, on the rows the page lists, with the stamp they will save against next.
            ratings = new RatingsForm { Rows = MergeRows(ratings.Rows, postedRatings.Rows), Stamp = ratings.Stamp };
        }

        var target = await ReviewClock.TargetDaysAsync(db, ct);
        var page = new ReviewPage
        {
            ProposalId = header.Id,
            Title = header.Title,
            CollegeId = header.CollegeId,
            CollegeName = header.CollegeName,
            Status = header.Status,
            IsAmendment = header.AmendsProposalId is not null,
            AssignedReviewerId = header.AssignedReviewerId,
            AssignedTo = header.AssignedTo,
            Clock = ReviewClock.For(header.Status, version.SubmittedAtUtc, clock.GetUtcNow().UtcDateTime, target),
            Version = new VersionInfo(version.Id, version.Number, version.SubmittedAtUtc, version.SubmittedBy, version.RuleSetVersion, version.HasEarlier),
            Report = ReadReport(version.ComplianceReportJson),
            Proposal = ReadViewOf(header.Id, ReadSnapshot(version.SnapshotJson), version.SubmittedAtUtc, version.SubmittedBy),
            Acknowledgements = ReadAcknowledgements(version.WarningAcknowledgementsJson),
            Diff = version.HasEarlier ? await diff.ForAsync(header.Id, ct) : null,
            Permitted = permitted,
            CanWork = permitted.Contains(WorkflowAction.Return),
            Ratings = ratings,
            RatingsBy = raterName,
            Comments = [.. comments.Where(c => c.VersionNumber == version.Number)],
            EarlierComments = [.. comments.Where(c => c.VersionNumber != version.Number).OrderByDescending(c => c.VersionNumber)],
            Comment = posted?.Comment ?? new CommentForm(),
            Return = posted?.Return ?? new ReturnForm(),
            Assign = posted?.Assign ?? new AssignForm(),
            Assignees = assignees,
            Decision = decision,
            CurrentUserId = actor.UserId,
        };
        return (ReviewPageOutcome.Found, page);
    }

    /// <summary>The stored report as it was at submission; a report that cannot be read is shown as missing, not as an error page.</summary>
    public static ComplianceReport? ReadReport(string json)
    {
        try
        {
            return ComplianceReport.FromJson(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ProposalSnapshot? ReadSnapshot(string json)
    {
        try
        {
            return ProposalSnapshot.FromJson(json);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException or InvalidCastException)
        {
            return null;
        }
    }

    /// <summary>
    /// The snapshot in the read view's shape, so the review page shows the version with the read view's own sections
    /// partial: its forms and names as submitted, nothing read from the proposal as it is now.
    /// </summary>
    private static ProposalReadView? ReadViewOf(int id, ProposalSnapshot? snapshot, DateTime submittedAtUtc, string? submittedBy) =>
        snapshot is null ? null : new(
            id,
            snapshot.CollegeId,
            ProposalStatus.Submitted,
            CanEdit: false,
            snapshot.Names,
            snapshot.Section<OverviewForm>(EditorSections.Overview),
            snapshot.Section<PathwayForm>(EditorSections.Pathway),
            snapshot.Section<AdultEducationForm>(EditorSections.AdultEducation),
            snapshot.Section<WorkforcePreparationForm>(EditorSections.WorkforcePreparation),
            snapshot.Section<WorkforceTrainingForm>(EditorSections.WorkforceTraining),
            snapshot.Section<IntegrationForm>(EditorSections.Integration),
            snapshot.Section<LearningObjectivesForm>(EditorSections.LearningObjectives),
            snapshot.Section<MaterialsForm>(EditorSections.Materials),
            snapshot.Section<EquityForm>(EditorSections.Equity),
            snapshot.Section<PartnersForm>(EditorSections.Partners),
            Timeline.Of(snapshot.Reconstitute()),
            submittedAtUtc,
            submittedBy,
            [])
        {
            SnapshotAttachments = snapshot.Attachments,
        };

    private static Dictionary<string, string> ReadAcknowledgements(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, string>();
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, string>();
        }
    }

    private static List<RatingRow> MergeRows(IReadOnlyList<RatingRow> stored, IReadOnlyList<RatingRow> posted) =>
    [
        .. stored.Select(row => posted.FirstOrDefault(p => string.Equals(p.Criterion, row.Criterion, StringComparison.Ordinal)) is { } mine
            ? new RatingRow { Criterion = row.Criterion, Rating = mine.Rating, Comment = mine.Comment }
            : row),
    ];
}

/// <summary>How every reviewer-side controller answers with the review page or a refusal, the same way.</summary>
public static class ReviewResponses
{
    public const string ReviewView = "/Features/Review/Review.cshtml";

    /// <summary>TempData key of a refusal message, shown as a warning on the review page (not as a success).</summary>
    public const string RefusalKey = "Refusal";

    /// <summary>The review page, or the 404/403 its outcome calls for; also shows a refused post again with its errors.</summary>
    public static async Task<IActionResult> ReviewPageAsync(
        this Controller controller, ReviewPages pages, int id, ReviewPagePosted? posted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(pages);
        var (outcome, page) = await pages.BuildAsync(id, controller.User, posted, ct);
        return outcome switch
        {
            ReviewPageOutcome.NotFound => controller.NotFound(),
            ReviewPageOutcome.Conflicted => controller.Forbid(),
            _ => controller.View(ReviewView, page),
        };
    }

    /// <summary>
    /// docs/workflow.md "Guards and refusals": never permitted is a 403; not in this state (someone acted first, or the
    /// proposal is withdrawn) goes back to the review page with the reason. Guards not met are the caller's to show.
    /// </summary>
    public static IActionResult Refused(this Controller controller, int id, TransitionResult result)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Refusal == RefusalKind.NotPermitted)
        {
            return controller.Forbid();
        }

        controller.TempData[RefusalKey] = result.Reason;
        return controller.Redirect($"/review/{id}");
    }
}
