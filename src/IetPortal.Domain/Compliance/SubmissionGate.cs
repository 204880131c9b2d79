namespace IetPortal.Domain.Compliance;

/// <summary>
/// Decides whether a proposal may be submitted given its compliance report: errors block; each warning needs an
/// acknowledgement with a note that is not blank. Pure: storing the acknowledgements is the caller's job.
/// </summary>
public static class SubmissionGate
{
    public static SubmissionGateResult Check(
        ComplianceReport report,
        IReadOnlyDictionary<string, string> acknowledgements)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(acknowledgements);

        var blocking = new List<string>();
        var unacknowledged = new List<string>();
        foreach (var finding in report.Findings)
        {
            if (finding.IsBlockingError)
            {
                blocking.Add(finding.RuleId);
            }
            else if (finding.IsWarning
                && (!acknowledgements.TryGetValue(finding.RuleId, out var note) || string.IsNullOrWhiteSpace(note)))
            {
                unacknowledged.Add(finding.RuleId);
            }
        }

        var outcome = blocking.Count > 0
            ? SubmissionGateOutcome.Blocked
            : unacknowledged.Count > 0 ? SubmissionGateOutcome.NeedsAcknowledgements : SubmissionGateOutcome.Allowed;
        return new SubmissionGateResult(outcome, blocking, unacknowledged);
    }
}

public enum SubmissionGateOutcome
{
    Allowed,
    Blocked,
    NeedsAcknowledgements,
}

/// <summary>
/// The gate's answer. Both lists are always filled, so the page can show the unacknowledged warnings while errors
/// still block.
/// </summary>
public sealed record SubmissionGateResult(
    SubmissionGateOutcome Outcome,
    IReadOnlyList<string> BlockingRuleIds,
    IReadOnlyList<string> UnacknowledgedWarningRuleIds)
{
    public bool IsAllowed => Outcome == SubmissionGateOutcome.Allowed;
}
