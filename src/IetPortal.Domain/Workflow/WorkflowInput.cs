using System.Collections.ObjectModel;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Reviews;

namespace IetPortal.Domain.Workflow;

/// <summary>
/// What the actor brings with an action, checked by the decision-time guards. Each action reads only its own part:
/// Submit and Resubmit the compliance report and acknowledgements, Assign the assignee, Return the comments,
/// Approve the ratings and approval details.
/// </summary>
public sealed record WorkflowInput
{
    public static WorkflowInput None { get; } = new();

    /// <summary>The compliance report of the proposal as it is now (Submit, Resubmit).</summary>
    public ComplianceReport? ComplianceReport { get; init; }

    /// <summary>Warning rule id → acknowledgement note (Submit, Resubmit).</summary>
    public IReadOnlyDictionary<string, string> Acknowledgements { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>The reviewer the proposal is given to (Assign).</summary>
    public WorkflowActor? Assignee { get; init; }

    /// <summary>The review comments of this round (Return): a required change for the college not yet released counts.</summary>
    public IReadOnlyCollection<ReviewComment> Comments { get; init; } = [];

    /// <summary>The checklist ratings of the review being decided (Approve).</summary>
    public IReadOnlyCollection<CriterionRating> Ratings { get; init; } = [];

    public ApprovalDetails? Approval { get; init; }
}
