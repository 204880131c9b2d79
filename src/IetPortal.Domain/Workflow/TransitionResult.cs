namespace IetPortal.Domain.Workflow;

/// <summary>
/// The workflow's answer to "may this actor take this action now?": allowed with the state it leads to, or refused
/// with the reasons in plain language. A refusal is a business outcome, not an exception.
/// </summary>
public sealed record TransitionResult
{
    private TransitionResult(WorkflowAction action, ProposalStatus? newStatus, RefusalKind? refusal, IReadOnlyList<string> reasons)
    {
        Action = action;
        NewStatus = newStatus;
        Refusal = refusal;
        Reasons = reasons;
    }

    public WorkflowAction Action { get; }

    /// <summary>The status the proposal moves to; null when refused.</summary>
    public ProposalStatus? NewStatus { get; }

    /// <summary>Null when allowed.</summary>
    public RefusalKind? Refusal { get; }

    /// <summary>Every reason the action was refused (all unmet guards at once, for the form's error summary); empty when allowed.</summary>
    public IReadOnlyList<string> Reasons { get; }

    public bool IsAllowed => NewStatus is not null;

    /// <summary>The reasons as one sentence sequence, for a single message.</summary>
    public string Reason => string.Join(" ", Reasons);

    public static TransitionResult Allowed(WorkflowAction action, ProposalStatus newStatus) => new(action, newStatus, null, []);

    public static TransitionResult Refused(WorkflowAction action, RefusalKind kind, params IReadOnlyList<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        if (reasons.Count == 0)
        {
            throw new ArgumentException("A refusal needs at least one reason.", nameof(reasons));
        }

        return new(action, null, kind, reasons);
    }
}
