using System.Security.Claims;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Revisions;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Submission;

/// <summary>
/// An action the user may take now: a link to its page, or (for a one-step action) a button posting to it. The primary
/// one is what the user most likely came for (editing, reviewing); withdrawing never is.
/// </summary>
public sealed record WorkflowLink(string Label, string Href, bool IsPost = false, bool IsPrimary = false);

/// <summary>A submitted version: when, by whom, and the decision taken on it.</summary>
public sealed record VersionRow(int Number, DateTime SubmittedAtUtc, string? SubmittedBy, DecisionKind? Decision, DateTime? DecidedAtUtc);

/// <summary>
/// The read view's "Status and actions": where the proposal is, its version, only the actions the user may take now
/// (<see cref="ReviewWorkflow.PermittedActions"/>), the comments released to the college with their to-dos, the
/// version history and, for a resubmitted proposal, what changed since the return.
/// </summary>
public sealed record WorkflowPanel(
    int ProposalId,
    ProposalStatus Status,
    int NextVersion,
    IReadOnlyList<WorkflowLink> Actions,
    IReadOnlyList<VersionRow> Versions,
    IReadOnlyList<CommentItem> Comments,
    bool CanAnswerChanges,
    ResubmissionDiffModel? Diff,
    int? AmendsProposalId)
{
    public int? CurrentVersion => Versions.Count == 0 ? null : Versions.Max(v => v.Number);

    public IReadOnlyList<CommentItem> RequiredChanges => Comments.Where(c => c.IsRequiredChange).ToList();

    public IReadOnlyList<CommentItem> Notes => Comments.Where(c => !c.IsRequiredChange).ToList();

    /// <summary>What the status means for the reader, in a sentence.</summary>
    public string Explanation => Status switch
    {
        ProposalStatus.Draft => "The college is writing it; reviewers do not see it yet.",
        ProposalStatus.Submitted => "Sent for review; it waits in the WTCS review queue and is read-only for the college.",
        ProposalStatus.InReview => "A WTCS reviewer is reviewing it; it is read-only for the college.",
        ProposalStatus.Returned => "Returned to the college with required changes: make the changes, answer each one, then resubmit.",
        ProposalStatus.Approved => "Approved and in force; it is changed only by an amendment.",
        ProposalStatus.Withdrawn => "Withdrawn by the college; nobody can act on it any more.",
        ProposalStatus.Superseded => "Replaced by its approved amendment; nobody can act on it any more.",
        _ => "",
    };
}

/// <summary>Builds the <see cref="WorkflowPanel"/> of a proposal for the signed-in user.</summary>
public sealed class WorkflowPanels(IetPortalDbContext db, ResubmissionDiff diff)
{
    public async Task<WorkflowPanel> ForAsync(IetProposal proposal, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(user);
        var actor = await WorkflowActors.ForAsync(user, db, cancellationToken);
        var hasAmendmentInProgress = proposal.Status == ProposalStatus.Approved && await db.Proposals.AnyAsync(
            p => p.AmendsProposalId == proposal.Id && (p.Status == ProposalStatus.Draft || p.Status == ProposalStatus.Submitted
                || p.Status == ProposalStatus.InReview || p.Status == ProposalStatus.Returned),
            cancellationToken);
        var permitted = ReviewWorkflow.PermittedActions(ProposalState.Of(proposal, hasAmendmentInProgress), actor);
        var isOwningStaff = actor.IsStaffOf(proposal.CollegeId);

        var versions = await db.ProposalVersions.AsNoTracking()
            .Where(v => v.IetProposalId == proposal.Id)
            .OrderByDescending(v => v.Number)
            .Select(v => new
            {
                v.Id,
                v.Number,
                v.SubmittedAtUtc,
                By = db.Users.Where(u => u.Id == v.SubmittedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var decisions = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.IetProposalId == proposal.Id)
            .Select(d => new { d.ProposalVersionId, d.Kind, d.DecidedAtUtc })
            .ToListAsync(cancellationToken);
        var rows = versions.Select(v =>
        {
            var decision = decisions.FirstOrDefault(d => d.ProposalVersionId == v.Id);
            return new VersionRow(v.Number, v.SubmittedAtUtc, v.By, decision?.Kind, decision?.DecidedAtUtc);
        }).ToList();

        var showDiff = proposal.Status is ProposalStatus.Submitted or ProposalStatus.InReview;
        return new WorkflowPanel(
            proposal.Id,
            proposal.Status,
            proposal.NextVersionNumber,
            Links(proposal, permitted, isOwningStaff, user),
            rows,
            await ReleasedComments.ForAsync(db, proposal.Id, cancellationToken),
            isOwningStaff && proposal.Status == ProposalStatus.Returned,
            showDiff ? await diff.ForAsync(proposal.Id, cancellationToken) : null,
            proposal.AmendsProposalId);
    }

    /// <summary>Only what this user may do now; the review itself is the reviewers' page.</summary>
    private static List<WorkflowLink> Links(IetProposal proposal, IReadOnlyList<WorkflowAction> permitted, bool isOwningStaff, ClaimsPrincipal user)
    {
        var id = proposal.Id;
        var links = new List<WorkflowLink>();
        if (isOwningStaff && proposal.IsEditable)
        {
            links.Add(new("Edit this proposal", $"/proposals/{id}/edit/overview", IsPrimary: true));
        }

        if (permitted.Contains(WorkflowAction.Submit) || permitted.Contains(WorkflowAction.Resubmit))
        {
            if (proposal.Status == ProposalStatus.Returned)
            {
                links.Add(new("Answer the required changes", $"/proposals/{id}/changes"));
            }

            links.Add(new("Check compliance", $"/proposals/{id}/check"));
            var action = permitted.Contains(WorkflowAction.Resubmit) ? WorkflowAction.Resubmit : WorkflowAction.Submit;
            links.Add(new(ReviewWorkflow.TransitionOf(action).Label, $"/proposals/{id}/submit"));
        }

        if (permitted.Contains(WorkflowAction.Withdraw))
        {
            links.Add(new(ReviewWorkflow.TransitionOf(WorkflowAction.Withdraw).Label, $"/proposals/{id}/withdraw"));
        }

        if (permitted.Contains(WorkflowAction.StartAmendment))
        {
            links.Add(new(ReviewWorkflow.TransitionOf(WorkflowAction.StartAmendment).Label, $"/proposals/{id}/amend", IsPost: true));
        }

        if ((user.IsInRole(RoleNames.StateReviewer) || user.IsInRole(RoleNames.Administrator))
            && proposal.Status is ProposalStatus.Submitted or ProposalStatus.InReview)
        {
            links.Add(new("Open the review", $"/review/{id}", IsPrimary: true));
        }

        return links;
    }
}
