namespace IetPortal.Domain.Workflow;

/// <summary>Why a transition was refused, so the web layer can answer each kind in its own way.</summary>
public enum RefusalKind
{
    /// <summary>This actor may never take this action on this proposal (role, college, conflict of interest, assignment).</summary>
    NotPermitted,

    /// <summary>The action does not exist in the proposal's current state (often: someone else acted first).</summary>
    NotInThisState,

    /// <summary>The actor may take the action now, but what they brought is incomplete (the form should say what to fix).</summary>
    GuardNotMet,
}
