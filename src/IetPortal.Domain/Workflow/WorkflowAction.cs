namespace IetPortal.Domain.Workflow;

/// <summary>
/// What someone can do to a proposal in the review workflow. Each action is one transition of
/// <see cref="ReviewWorkflow"/>; stored and audited by name, so the numeric order means nothing.
/// </summary>
public enum WorkflowAction
{
    /// <summary>College staff send a draft for review.</summary>
    Submit,

    /// <summary>College staff send a returned proposal back for review (Submit from Returned).</summary>
    Resubmit,

    /// <summary>A reviewer takes a submitted proposal for themselves and starts the review.</summary>
    Claim,

    /// <summary>A reviewer or administrator gives a submitted or in-review proposal to a reviewer.</summary>
    Assign,

    /// <summary>The assigned reviewer sends the proposal back to the college with required changes.</summary>
    Return,

    /// <summary>The assigned reviewer approves the proposal.</summary>
    Approve,

    /// <summary>College staff take a draft, submitted or returned proposal out of the workflow for good.</summary>
    Withdraw,

    /// <summary>College staff start a new draft that amends an approved program.</summary>
    StartAmendment,

    /// <summary>Automatic: an approved program is replaced when its amendment is approved. Nobody takes it by hand.</summary>
    Supersede,
}
