using static IetPortal.Domain.Workflow.ProposalStatus;

namespace IetPortal.Domain.Workflow;

/// <summary>
/// The one definition of the review workflow (PRODUCT.md "The review workflow"): which transitions exist, who may
/// take them and their guards. Views ask <see cref="PermittedActions"/> which buttons to draw; <see cref="Decide"/>
/// answers whether an action is allowed now; <see cref="ProposalWorkflow"/> applies an allowed one to the aggregate;
/// docs/workflow.md is generated from <see cref="Transitions"/>.
/// </summary>
public static partial class ReviewWorkflow
{
    /// <summary>Where every proposal starts, a new one and an amendment alike.</summary>
    public const ProposalStatus InitialStatus = Draft;

    public static IReadOnlyList<WorkflowTransition> Transitions { get; } =
    [
        new(WorkflowAction.Submit, [Draft], Submitted, WorkflowParty.OwningCollegeStaff,
            "Submit", "submit",
            "Records version N with its compliance report and acknowledgements; sets the submitted time",
            WorkflowGuards.CompliancePasses),
        new(WorkflowAction.Resubmit, [Returned], Submitted, WorkflowParty.OwningCollegeStaff,
            "Resubmit", "resubmit",
            "Records version N+1 like Submit; keeps the assigned reviewer",
            WorkflowGuards.CompliancePasses),
        new(WorkflowAction.Claim, [Submitted], InReview, WorkflowParty.StateReviewer,
            "Claim", "claim",
            "Assigns it to the reviewer who claims it",
            WorkflowGuards.NoConflictOfInterest, WorkflowGuards.NotAssignedToAnotherReviewer),
        new(WorkflowAction.Assign, [Submitted, InReview], InReview, WorkflowParty.StateReviewer | WorkflowParty.Administrator,
            "Assign a reviewer", "assign a reviewer to",
            "Assigns it to the chosen reviewer",
            WorkflowGuards.NoConflictOfInterest, WorkflowGuards.EligibleAssignee),
        new(WorkflowAction.Return, [InReview], Returned, WorkflowParty.StateReviewer,
            "Return with required changes", "return",
            "Releases the comments for the college",
            WorkflowGuards.NoConflictOfInterest, WorkflowGuards.AssignedToActor, WorkflowGuards.RequiredChange),
        new(WorkflowAction.Approve, [InReview], Approved, WorkflowParty.StateReviewer,
            "Approve", "approve",
            "Releases the comments for the college; sets the approved time; an amendment supersedes the program it amends",
            WorkflowGuards.NoConflictOfInterest, WorkflowGuards.AssignedToActor, WorkflowGuards.EveryCriterionMeets,
            WorkflowGuards.ApprovalRecorded, WorkflowGuards.AmendedProgramStillApproved),
        new(WorkflowAction.Withdraw, [Draft, Submitted, Returned], Withdrawn, WorkflowParty.OwningCollegeStaff,
            "Withdraw", "withdraw",
            "None: nobody can act on it any more"),
        new(WorkflowAction.StartAmendment, [Approved], Approved, WorkflowParty.OwningCollegeStaff,
            "Start an amendment", "start an amendment of",
            "Starts a new Draft that amends it; this one stays approved and in the catalog",
            WorkflowGuards.NoAmendmentInProgress),
        new(WorkflowAction.Supersede, [Approved], Superseded, WorkflowParty.None,
            "Supersede", "supersede",
            "None: nobody can act on it any more; the amendment is the approved program now")
        {
            Trigger = "its amendment is approved",
        },
    ];

    public static WorkflowTransition TransitionOf(WorkflowAction action) =>
        Transitions.FirstOrDefault(t => t.Action == action)
        ?? throw new ArgumentOutOfRangeException(nameof(action), action, "The workflow has no such action.");

    /// <summary>A state with no transition out of it: nobody can act on the proposal (Withdrawn, Superseded).</summary>
    public static bool IsFinal(ProposalStatus status) => !Transitions.Any(t => t.From.Contains(status));

    /// <summary>
    /// The actions this actor may take on this proposal now, in definition order: the buttons to draw. Guards about
    /// what the actor brings (the compliance report, required changes, ratings, approval details, the assignee) are
    /// left to <see cref="Decide"/>, so the button shows and the form explains what is missing.
    /// </summary>
    public static IReadOnlyList<WorkflowAction> PermittedActions(ProposalState proposal, WorkflowActor actor)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(actor);
        return [.. Transitions.Where(t => Eligibility(t, proposal, actor) is null).Select(t => t.Action)];
    }

    /// <summary>Whether this actor may take this action on this proposal now with what they bring, and where it leads.</summary>
    public static TransitionResult Decide(WorkflowAction action, ProposalState proposal, WorkflowActor actor, WorkflowInput? input = null)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(actor);
        var transition = TransitionOf(action);
        if (Eligibility(transition, proposal, actor) is { } refused)
        {
            return refused;
        }

        input ??= WorkflowInput.None;
        var reasons = transition.Guards
            .Where(g => !g.AppliesToPermittedActions)
            .SelectMany(g => g.Check(proposal, actor, input))
            .ToList();
        return reasons.Count == 0
            ? TransitionResult.Allowed(action, transition.To)
            : TransitionResult.Refused(action, RefusalKind.GuardNotMet, reasons);
    }

    /// <summary>An automatic transition (<see cref="WorkflowParty.None"/>), taken by <see cref="ProposalWorkflow"/> only.</summary>
    internal static TransitionResult DecideAutomatic(WorkflowAction action, ProposalState proposal)
    {
        var transition = TransitionOf(action);
        if (!transition.IsAutomatic)
        {
            throw new ArgumentException($"{action} is taken by someone, not automatically.", nameof(action));
        }

        return transition.From.Contains(proposal.Status)
            ? TransitionResult.Allowed(action, transition.To)
            : TransitionResult.Refused(action, RefusalKind.NotInThisState,
                $"You cannot {transition.Verb} a proposal that is {WorkflowText.StatusPhrase(proposal.Status)}.");
    }

    /// <summary>The who-and-when checks, in the order that gives the most useful reason; null when eligible.</summary>
    private static TransitionResult? Eligibility(WorkflowTransition transition, ProposalState proposal, WorkflowActor actor)
    {
        var action = transition.Action;
        if (IsFinal(proposal.Status))
        {
            return TransitionResult.Refused(action, RefusalKind.NotInThisState,
                $"Nobody can act on this proposal: it is {WorkflowText.StatusPhrase(proposal.Status)}.");
        }

        if (transition.IsAutomatic)
        {
            return TransitionResult.Refused(action, RefusalKind.NotPermitted,
                $"Nobody can {transition.Verb} a proposal by hand: that happens when {transition.Trigger}.");
        }

        if (!actor.IsAmong(transition.Who, proposal.CollegeId))
        {
            return TransitionResult.Refused(action, RefusalKind.NotPermitted,
                $"Only {WorkflowText.PartiesPhrase(transition.Who)} can {transition.Verb} this proposal.");
        }

        if (!transition.From.Contains(proposal.Status))
        {
            return TransitionResult.Refused(action, RefusalKind.NotInThisState,
                $"You cannot {transition.Verb} this proposal: it is {WorkflowText.StatusPhrase(proposal.Status)}.");
        }

        foreach (var guard in transition.Guards.Where(g => g.AppliesToPermittedActions))
        {
            var reasons = guard.Check(proposal, actor, WorkflowInput.None);
            if (reasons.Count > 0)
            {
                return TransitionResult.Refused(action, guard.Kind, reasons);
            }
        }

        return null;
    }
}
