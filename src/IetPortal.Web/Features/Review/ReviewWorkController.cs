using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Review;

/// <summary>The edit page of one of the reviewer's own comments.</summary>
public sealed record EditCommentPage(int ProposalId, string Title, int CommentId, CommentForm Comment);

/// <summary>
/// The reviewer's work on the version under review: the checklist ratings and the comments anchored to sections.
/// Only the reviewer the proposal is assigned to, while it is in review, may do this work; the workflow says who that
/// is (the same check as for returning it), so a conflicted or unassigned reviewer and administrators are refused.
/// </summary>
[Route("review/{id:int}")]
[Authorize(Policy = Policies.ReviewerOrAdministrator)]
public sealed class ReviewWorkController(
    IetPortalDbContext db, ReviewActors actors, ReviewPages pages, AuditScope audit, TimeProvider clock) : Controller
{
    private const string EditCommentView = "/Features/Review/EditComment.cshtml";

    [HttpPost("ratings")]
    public async Task<IActionResult> Ratings(
        int id, [Bind(Prefix = "Ratings")] RatingsForm form, [FromServices] IValidator<RatingsForm> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(validator);
        var work = await MayWorkAsync(id, cancellationToken);
        if (work.Denied is { } denied)
        {
            return denied;
        }

        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState, "Ratings");
        if (!ModelState.IsValid)
        {
            return await this.ReviewPageAsync(pages, id, new ReviewPagePosted { Ratings = form }, cancellationToken);
        }

        var review = await db.Reviews.Include(r => r.Ratings)
            .SingleOrDefaultAsync(r => r.ProposalVersionId == work.VersionId && r.ReviewerId == work.UserId, cancellationToken);
        if (review is null)
        {
            // The review of this version by this reviewer starts with their first checklist save.
            review = new Domain.Reviews.Review
            {
                IetProposalId = id,
                ProposalVersionId = work.VersionId,
                ReviewerId = work.UserId,
                AssignedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Reviews.Add(review);
        }
        else if (!Guid.TryParse(form.Stamp, out var stamp) || stamp != review.ConcurrencyStamp)
        {
            return await RatingsConflictAsync(id, form, cancellationToken);
        }
        else
        {
            // The ratings are rows of their own: touch the review so its stamp is checked and renewed, and audited.
            db.Entry(review).Property(r => r.UpdatedAtUtc).IsModified = true;
        }

        foreach (var row in form.Rows)
        {
            var criterion = row.CriterionValue!.Value;
            var existing = review.Ratings.FirstOrDefault(r => r.Criterion == criterion);
            if (row.RatingValue is not { } value)
            {
                if (existing is not null)
                {
                    review.Ratings.Remove(existing);
                }

                continue;
            }

            existing ??= AddRating(review, criterion);
            existing.Rating = value;
            existing.Comment = string.IsNullOrWhiteSpace(row.Comment) ? null : row.Comment.Trim();
        }

        var rated = review.Ratings.Count;
        audit.Action = "Checklist saved";
        audit.Details = $"{rated} of {CriterionText.All.Count} criteria rated";
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Saved from another window in between (stamp), or the first save of two windows at once (unique review).
            db.ChangeTracker.Clear();
            return await RatingsConflictAsync(id, form, cancellationToken);
        }

        TempData["Status"] = $"Checklist saved: {rated} of {CriterionText.All.Count} criteria rated.";
        return Redirect($"/review/{id}#checklist");
    }

    [HttpPost("comments")]
    public async Task<IActionResult> AddComment(
        int id, [Bind(Prefix = "Comment")] CommentForm form, [FromServices] IValidator<CommentForm> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(validator);
        var work = await MayWorkAsync(id, cancellationToken);
        if (work.Denied is { } denied)
        {
            return denied;
        }

        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState, "Comment");
        if (!ModelState.IsValid)
        {
            return await this.ReviewPageAsync(pages, id, new ReviewPagePosted { Comment = form }, cancellationToken);
        }

        var comment = new ReviewComment
        {
            IetProposalId = id,
            ProposalVersionId = work.VersionId,
            AuthorId = work.UserId,
            Section = form.SectionValue!.Value,
            Body = form.Body!.Trim(),
            Visibility = form.VisibilityValue!.Value,
            IsRequiredChange = form.IsRequiredChange && form.VisibilityValue == CommentVisibility.ForCollege,
        };
        db.ReviewComments.Add(comment);

        // The audit trail is shown to the college: it records that a comment was written, never what it says.
        audit.Section = comment.Section.ToString();
        audit.Action = "Review comment added";
        await db.SaveChangesAsync(cancellationToken);

        TempData["Status"] = comment.Visibility == CommentVisibility.Internal
            ? "Internal note added. Only reviewers see it."
            : "Comment for the college added. The college sees it when you return or approve the proposal.";
        return Redirect($"/review/{id}#comments");
    }

    [HttpGet("comments/{commentId:int}/edit")]
    public async Task<IActionResult> EditComment(int id, int commentId, CancellationToken cancellationToken)
    {
        var (denied, comment, title) = await OwnCommentAsync(id, commentId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        return View(EditCommentView, new EditCommentPage(id, title, commentId, CommentForm.For(comment!)));
    }

    [HttpPost("comments/{commentId:int}/edit")]
    public async Task<IActionResult> EditComment(
        int id, int commentId, [Bind(Prefix = "Comment")] CommentForm form, [FromServices] IValidator<CommentForm> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(validator);
        var (denied, comment, title) = await OwnCommentAsync(id, commentId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState, "Comment");
        if (!ModelState.IsValid)
        {
            return View(EditCommentView, new EditCommentPage(id, title, commentId, form));
        }

        if (!Guid.TryParse(form.Stamp, out var stamp) || stamp != comment!.ConcurrencyStamp)
        {
            return CommentConflict(id, title, commentId, form, comment!.ConcurrencyStamp);
        }

        db.Entry(comment).Property(c => c.ConcurrencyStamp).OriginalValue = stamp;
        comment.Section = form.SectionValue!.Value;
        comment.Body = form.Body!.Trim();
        comment.Visibility = form.VisibilityValue!.Value;
        comment.IsRequiredChange = form.IsRequiredChange && comment.Visibility == CommentVisibility.ForCollege;
        audit.Section = comment.Section.ToString();
        audit.Action = "Review comment edited";
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.ReviewComments.AsNoTracking().Where(c => c.Id == commentId).Select(c => (Guid?)c.ConcurrencyStamp).SingleOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                TempData[ReviewResponses.RefusalKey] = "This comment was deleted in another window, so your changes were not saved.";
                return Redirect($"/review/{id}#comments");
            }

            return CommentConflict(id, title, commentId, form, current.Value);
        }

        TempData["Status"] = "Comment saved.";
        return Redirect($"/review/{id}#comments");
    }

    [HttpPost("comments/{commentId:int}/delete")]
    public async Task<IActionResult> DeleteComment(int id, int commentId, CancellationToken cancellationToken)
    {
        var (denied, comment, _) = await OwnCommentAsync(id, commentId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        db.ReviewComments.Remove(comment!);
        audit.Section = comment!.Section.ToString();
        audit.Action = "Review comment deleted";
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Already deleted or changed in another window; either way the page shows what is stored now.
            TempData[ReviewResponses.RefusalKey] = "This comment was changed or deleted in another window; check the comments below.";
            return Redirect($"/review/{id}#comments");
        }

        TempData["Status"] = "Comment deleted.";
        return Redirect($"/review/{id}#comments");
    }

    private static CriterionRating AddRating(Domain.Reviews.Review review, ReviewCriterion criterion)
    {
        var rating = new CriterionRating { Criterion = criterion };
        review.Ratings.Add(rating);
        return rating;
    }

    private async Task<IActionResult> RatingsConflictAsync(int id, RatingsForm form, CancellationToken ct)
    {
        ModelState.AddModelError("Ratings", "The checklist was saved from another window after you opened this page, so your ratings were not saved. They are shown below: save again to keep them.");
        return await this.ReviewPageAsync(pages, id, new ReviewPagePosted { Ratings = form }, ct);
    }

    private ViewResult CommentConflict(int id, string title, int commentId, CommentForm form, Guid currentStamp)
    {
        ModelState.AddModelError("Comment", "This comment was changed in another window after you opened this page, so your changes were not saved. They are shown below: save again to keep them.");
        form.Stamp = currentStamp.ToString("N");
        ModelState.Remove("Comment.Stamp");
        return View(EditCommentView, new EditCommentPage(id, title, commentId, form));
    }

    /// <summary>
    /// Whether the signed-in user may work on the review now: the workflow's who-and-when checks of Return (the
    /// assigned reviewer, no conflict of interest, in review). Refusals are answered as docs/workflow.md says.
    /// </summary>
    private async Task<(IActionResult? Denied, int VersionId, string UserId)> MayWorkAsync(int id, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Status, p.CollegeId, p.AssignedReviewerId, p.AmendsProposalId })
            .SingleOrDefaultAsync(ct);
        var versionId = await db.ProposalVersions.AsNoTracking().Where(v => v.IetProposalId == id)
            .OrderByDescending(v => v.Number).Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);
        if (proposal is null || versionId is null)
        {
            return (NotFound(), 0, "");
        }

        var actor = await actors.CurrentAsync(User, ct);
        var state = new ProposalState(proposal.Status, proposal.CollegeId, proposal.AssignedReviewerId, proposal.AmendsProposalId);
        var result = ReviewWorkflow.Decide(WorkflowAction.Return, state, actor);
        if (result.Refusal == RefusalKind.NotPermitted)
        {
            return (this.Refused(id, result), 0, "");
        }

        if (result.Refusal == RefusalKind.NotInThisState)
        {
            var claimFirst = proposal.Status == ProposalStatus.Submitted ? " Claim it first to start this round." : "";
            TempData[ReviewResponses.RefusalKey] =
                $"The checklist and comments can be changed only while the proposal is in review; it is {Shared.DisplayText.Humanize(proposal.Status).ToLowerInvariant()}.{claimFirst}";
            return (Redirect($"/review/{id}"), 0, "");
        }

        return (null, versionId.Value, actor.UserId);
    }

    /// <summary>One of the user's own comments that is not released yet, loaded for change, and the proposal's title.</summary>
    private async Task<(IActionResult? Denied, ReviewComment? Comment, string Title)> OwnCommentAsync(int id, int commentId, CancellationToken ct)
    {
        var work = await MayWorkAsync(id, ct);
        if (work.Denied is { } denied)
        {
            return (denied, null, "");
        }

        var comment = await db.ReviewComments.SingleOrDefaultAsync(c => c.Id == commentId && c.IetProposalId == id, ct);
        if (comment is null)
        {
            return (NotFound(), null, "");
        }

        if (!string.Equals(comment.AuthorId, work.UserId, StringComparison.Ordinal))
        {
            return (Forbid(), null, "");
        }

        if (comment.ReleasedAtUtc is not null)
        {
            TempData[ReviewResponses.RefusalKey] = "This comment was released to the college with a decision, so it can no longer be changed.";
            return (Redirect($"/review/{id}#comments"), null, "");
        }

        var title = await db.Proposals.AsNoTracking().Where(p => p.Id == id).Select(p => p.Title).SingleAsync(ct);
        return (null, comment, title);
    }
}
