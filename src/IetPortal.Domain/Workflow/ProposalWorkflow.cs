using System.Text.Json;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;

namespace IetPortal.Domain.Workflow;

/// <summary>
/// Applies the workflow to the aggregate: each method asks <see cref="ReviewWorkflow.Decide"/> first and changes the
/// proposal (status, version, timestamps, assigned reviewer, released comments) only when the transition is allowed;
/// a refused one leaves everything as it was. Time comes in as a parameter (from TimeProvider), so tests fix it.
/// Storing the review decision, the audit event and the outbox message is the caller's job, in the same SaveChanges.
/// </summary>
public static class ProposalWorkflow
{
    /// <summary>Draft → Submitted: records version N (snapshot, compliance report, acknowledgements).</summary>
    public static TransitionResult Submit(IetProposal proposal, WorkflowActor actor, Submission submission, DateTime utcNow) =>
        SendForReview(WorkflowAction.Submit, proposal, actor, submission, utcNow);

    /// <summary>Returned → Submitted: records the next version; the assigned reviewer stays, to see what changed.</summary>
    public static TransitionResult Resubmit(IetProposal proposal, WorkflowActor actor, Submission submission, DateTime utcNow) =>
        SendForReview(WorkflowAction.Resubmit, proposal, actor, submission, utcNow);

    /// <summary>Submitted → In review, assigned to the reviewer who claims it.</summary>
    public static TransitionResult Claim(IetProposal proposal, WorkflowActor reviewer)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(reviewer);
        var result = ReviewWorkflow.Decide(WorkflowAction.Claim, ProposalState.Of(proposal), reviewer);
        if (result.IsAllowed)
        {
            proposal.AssignedReviewerId = reviewer.UserId;
            MoveTo(proposal, result);
        }

        return result;
    }

    /// <summary>
    /// Submitted or In review → In review, assigned to <paramref name="assignee"/> (null when the form chose nobody:
    /// the refusal says so).
    /// </summary>
    public static TransitionResult Assign(IetProposal proposal, WorkflowActor actor, WorkflowActor? assignee)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var result = ReviewWorkflow.Decide(WorkflowAction.Assign, ProposalState.Of(proposal), actor, new WorkflowInput { Assignee = assignee });
        if (result.IsAllowed && assignee is not null)
        {
            proposal.AssignedReviewerId = assignee.UserId;
            MoveTo(proposal, result);
        }

        return result;
    }

    /// <summary>In review → Returned; the round's comments for the college are released with the decision.</summary>
    public static TransitionResult Return(IetProposal proposal, WorkflowActor reviewer, IReadOnlyCollection<ReviewComment> comments, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(comments);
        EnsureUtc(utcNow);
        var result = ReviewWorkflow.Decide(WorkflowAction.Return, ProposalState.Of(proposal), reviewer, new WorkflowInput { Comments = comments });
        if (result.IsAllowed)
        {
            Release(comments, utcNow);
            MoveTo(proposal, result);
        }

        return result;
    }

    /// <summary>
    /// In review → Approved; the round's comments for the college are released. Approving an amendment supersedes the
    /// program it amends, so <paramref name="amendedProposal"/> is required then (and only then), loaded for update.
    /// </summary>
    public static TransitionResult Approve(
        IetProposal proposal,
        WorkflowActor reviewer,
        ApprovalDetails? details,
        IReadOnlyCollection<CriterionRating> ratings,
        IReadOnlyCollection<ReviewComment> comments,
        DateTime utcNow,
        IetProposal? amendedProposal = null)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(comments);
        EnsureUtc(utcNow);
        if (proposal.AmendsProposalId != amendedProposal?.Id)
        {
            throw new ArgumentException(
                $"Pass the proposal this one amends (id {proposal.AmendsProposalId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}).",
                nameof(amendedProposal));
        }

        var state = ProposalState.Of(proposal, amendedProposalStatus: amendedProposal?.Status);
        var input = new WorkflowInput { Ratings = ratings, Approval = details, Comments = comments };
        var result = ReviewWorkflow.Decide(WorkflowAction.Approve, state, reviewer, input);
        if (!result.IsAllowed)
        {
            return result;
        }

        if (amendedProposal is not null)
        {
            // The guard saw the amended program approved, and Approved → Superseded is the automatic transition.
            MoveTo(amendedProposal, ReviewWorkflow.DecideAutomatic(WorkflowAction.Supersede, ProposalState.Of(amendedProposal)));
        }

        Release(comments, utcNow);
        proposal.ApprovedAtUtc = utcNow;
        MoveTo(proposal, result);
        return result;
    }

    /// <summary>Draft, Submitted or Returned → Withdrawn, for good.</summary>
    public static TransitionResult Withdraw(IetProposal proposal, WorkflowActor actor)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var result = ReviewWorkflow.Decide(WorkflowAction.Withdraw, ProposalState.Of(proposal), actor);
        if (result.IsAllowed)
        {
            MoveTo(proposal, result);
        }

        return result;
    }

    /// <summary>
    /// Starts a new draft amending an approved (and saved) program: a copy of its sections that references it through
    /// AmendsProposalId and continues its version numbering. The approved program stays approved and in the catalog
    /// until the amendment is approved.
    /// </summary>
    public static AmendmentStart StartAmendment(IetProposal approved, WorkflowActor actor, bool hasAmendmentInProgress)
    {
        ArgumentNullException.ThrowIfNull(approved);
        var result = ReviewWorkflow.Decide(WorkflowAction.StartAmendment, ProposalState.Of(approved, hasAmendmentInProgress), actor);
        if (!result.IsAllowed)
        {
            return new AmendmentStart(result, null);
        }

        if (approved.Id == 0)
        {
            throw new ArgumentException("Save the approved proposal before amending it: the amendment references its id.", nameof(approved));
        }

        var amendment = approved.CopyAsDraft(approved.Title);
        amendment.AmendsProposalId = approved.Id;
        amendment.NextVersionNumber = approved.NextVersionNumber;
        return new AmendmentStart(result, amendment);
    }

    private static TransitionResult SendForReview(WorkflowAction action, IetProposal proposal, WorkflowActor actor, Submission submission, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(submission);
        EnsureUtc(utcNow);
        var input = new WorkflowInput { ComplianceReport = submission.Report, Acknowledgements = submission.Acknowledgements };
        var result = ReviewWorkflow.Decide(action, ProposalState.Of(proposal), actor, input);
        if (!result.IsAllowed)
        {
            return result;
        }

        proposal.Versions.Add(new ProposalVersion
        {
            IetProposalId = proposal.Id,
            Number = proposal.NextVersionNumber,
            SubmittedAtUtc = utcNow,
            SubmittedByUserId = actor.UserId,
            SnapshotJson = submission.SnapshotJson,
            ComplianceReportJson = submission.Report.ToJson(),
            RuleSetVersion = submission.Report.RuleSetVersion,
            WarningAcknowledgementsJson = AcknowledgementsJson(submission),
        });
        proposal.NextVersionNumber++;
        proposal.SubmittedAtUtc = utcNow;
        MoveTo(proposal, result);
        return result;
    }

    /// <summary>Only the notes for this report's warnings are stored: a note for a rule that no longer warns says nothing.</summary>
    private static string? AcknowledgementsJson(Submission submission)
    {
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var finding in submission.Report.Findings.Where(f => f.IsWarning))
        {
            if (submission.Acknowledgements.TryGetValue(finding.RuleId, out var note))
            {
                notes[finding.RuleId] = note.Trim();
            }
        }

        return notes.Count == 0 ? null : JsonSerializer.Serialize(notes);
    }

    private static void Release(IReadOnlyCollection<ReviewComment> comments, DateTime utcNow)
    {
        foreach (var comment in comments.Where(c => c.Visibility == CommentVisibility.ForCollege && c.ReleasedAtUtc is null))
        {
            comment.ReleasedAtUtc = utcNow;
        }
    }

    private static void MoveTo(IetProposal proposal, TransitionResult result) =>
        proposal.Status = result.NewStatus
            ?? throw new InvalidOperationException($"{result.Action} was refused and must not change the proposal: {result.Reason}");

    private static void EnsureUtc(DateTime utcNow)
    {
        if (utcNow.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Pass the time in UTC (TimeProvider.GetUtcNow().UtcDateTime).", nameof(utcNow));
        }
    }
}
