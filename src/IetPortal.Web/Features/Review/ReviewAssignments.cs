using System.Security.Claims;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Review;

/// <summary>What a claim or an assignment came to: the workflow's answer (null when there is no such proposal) and a message.</summary>
public sealed record AssignmentOutcome(TransitionResult? Result, string Message);

/// <summary>
/// Claim and Assign: the workflow decides (conflicts of interest included, through the actors' declarations), then
/// the change, its audit event and the assignee's email are saved once. Two people assigning at once are told who won.
/// </summary>
public sealed class ReviewAssignments(IetPortalDbContext db, ReviewActors actors, ReviewNotifications notifications, AuditScope audit)
{
    public async Task<AssignmentOutcome> ClaimAsync(int proposalId, ClaimsPrincipal user, CancellationToken ct)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return new AssignmentOutcome(null, "");
        }

        var actor = await actors.CurrentAsync(user, ct);
        var result = ProposalWorkflow.Claim(proposal, actor);
        if (!result.IsAllowed)
        {
            return new AssignmentOutcome(result, result.Reason);
        }

        return await SaveAsync(proposal, result, actor.UserId, claimed: true, ct);
    }

    public async Task<AssignmentOutcome> AssignAsync(int proposalId, ClaimsPrincipal user, string? reviewerId, CancellationToken ct)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return new AssignmentOutcome(null, "");
        }

        var actor = await actors.CurrentAsync(user, ct);
        var assignee = await actors.AssigneeAsync(reviewerId, ct);
        var result = ProposalWorkflow.Assign(proposal, actor, assignee);
        if (!result.IsAllowed || assignee is null)
        {
            return new AssignmentOutcome(result, result.Reason);
        }

        return await SaveAsync(proposal, result, assignee.UserId, claimed: false, ct);
    }

    private async Task<AssignmentOutcome> SaveAsync(
        Domain.Proposals.IetProposal proposal, TransitionResult result, string reviewerId, bool claimed, CancellationToken ct)
    {
        var reviewerName = await db.Users.AsNoTracking().Where(u => u.Id == reviewerId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var collegeName = await db.Colleges.AsNoTracking().Where(c => c.Id == proposal.CollegeId).Select(c => c.Name).SingleAsync(ct);
        audit.Action = claimed ? "Claimed for review" : "Reviewer assigned";
        audit.Details = $"Assigned to {reviewerName}";
        await notifications.ReviewerAssignedAsync(proposal.Id, proposal.Title, collegeName, reviewerId, claimed, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone claimed, assigned or the college withdrew it between our read and our write: say what happened.
            db.ChangeTracker.Clear();
            var now = await db.Proposals.AsNoTracking().Where(p => p.Id == proposal.Id)
                .Select(p => new { p.Status, Reviewer = db.Users.Where(u => u.Id == p.AssignedReviewerId).Select(u => u.DisplayName).FirstOrDefault() })
                .SingleAsync(ct);
            var what = now.Reviewer is null
                ? $"it is now {Shared.DisplayText.Humanize(now.Status).ToLowerInvariant()}"
                : $"it is now assigned to {now.Reviewer}";
            return new AssignmentOutcome(
                TransitionResult.Refused(result.Action, RefusalKind.NotInThisState, $"Someone else changed this proposal at the same time: {what}. Nothing was changed by you."),
                $"Someone else changed this proposal at the same time: {what}. Nothing was changed by you.");
        }

        var message = claimed
            ? $"You claimed \u201c{proposal.Title}\u201d: it is in review and assigned to you."
            : $"\u201c{proposal.Title}\u201d is assigned to {reviewerName}, who was notified by email.";
        return new AssignmentOutcome(result, message);
    }
}
