namespace IetPortal.Domain.Workflow;

/// <summary>Who may take a transition. <see cref="None"/> marks an automatic transition nobody takes by hand.</summary>
[Flags]
public enum WorkflowParty
{
    None = 0,

    /// <summary>College staff of the college that owns the proposal (staff of other colleges never).</summary>
    OwningCollegeStaff = 1,

    StateReviewer = 2,
    Administrator = 4,
}
