namespace IetPortal.Domain.Workflow;

/// <summary>
/// One condition a transition needs besides its from-state and its parties, with the plain-language description the
/// documentation shows and the refusal reasons the actor sees. Guards about who and when (conflict of interest,
/// assignment, an amendment in progress) also decide which buttons are drawn; guards about what the actor brings
/// (<see cref="RefusalKind.GuardNotMet"/>) are checked only when the action is taken, so the form can say what to fix.
/// </summary>
public sealed class WorkflowGuard
{
    private readonly Func<GuardContext, IReadOnlyList<string>> _check;

    internal WorkflowGuard(string description, RefusalKind kind, Func<GuardContext, IReadOnlyList<string>> check)
    {
        Description = description;
        Kind = kind;
        _check = check;
    }

    /// <summary>What must hold, for the transition table in docs/workflow.md.</summary>
    public string Description { get; }

    /// <summary>How a failure of this guard is reported.</summary>
    public RefusalKind Kind { get; }

    /// <summary>True for guards about who and when, which <see cref="ReviewWorkflow.PermittedActions"/> applies.</summary>
    public bool AppliesToPermittedActions => Kind != RefusalKind.GuardNotMet;

    /// <summary>The reasons the guard refuses; empty when it holds.</summary>
    public IReadOnlyList<string> Check(ProposalState proposal, WorkflowActor actor, WorkflowInput input) =>
        _check(new GuardContext(proposal, actor, input));
}

internal readonly record struct GuardContext(ProposalState Proposal, WorkflowActor Actor, WorkflowInput Input);
