namespace IetPortal.Domain.Workflow;

/// <summary>One transition of <see cref="ReviewWorkflow"/>: the action, where it starts and ends, who takes it, its guards.</summary>
public sealed class WorkflowTransition
{
    internal WorkflowTransition(
        WorkflowAction action,
        IReadOnlyList<ProposalStatus> from,
        ProposalStatus to,
        WorkflowParty who,
        string label,
        string verb,
        string effect,
        params IReadOnlyList<WorkflowGuard> guards)
    {
        Action = action;
        From = from;
        To = to;
        Who = who;
        Label = label;
        Verb = verb;
        Effect = effect;
        Guards = guards;
    }

    public WorkflowAction Action { get; }
    public IReadOnlyList<ProposalStatus> From { get; }
    public ProposalStatus To { get; }

    /// <summary>The parties allowed to take it; <see cref="WorkflowParty.None"/> for an automatic transition.</summary>
    public WorkflowParty Who { get; }

    /// <summary>The button text.</summary>
    public string Label { get; }

    /// <summary>The verb in refusal sentences: "You cannot {verb} this proposal".</summary>
    public string Verb { get; }

    /// <summary>What else changes besides the status, for docs/workflow.md (ProposalWorkflow does it).</summary>
    public string Effect { get; }

    public IReadOnlyList<WorkflowGuard> Guards { get; }

    /// <summary>For an automatic transition: the event that takes it ("its amendment is approved").</summary>
    public string? Trigger { get; internal init; }

    public bool IsAutomatic => Who == WorkflowParty.None;
}
