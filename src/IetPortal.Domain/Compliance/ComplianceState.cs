using System.Globalization;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// A draft's latest compliance check as stored on the proposal: the counts, when it was checked, and when and why the
/// counts last changed. The note ("Threshold 'Minimum overlap' changed from 50 to 60: now 1 error and no warnings
/// (was no errors or warnings).") tells owners that a change they did not make (a threshold, a retired pathway) moved
/// their draft, so it does not surprise them at submission.
/// </summary>
public sealed record ComplianceState(int ErrorCount, int WarningCount, DateTime CheckedAtUtc, DateTime? ChangedAtUtc, string? ChangeNote)
{
    /// <summary>Stored length of <see cref="ChangeNote"/>.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>The state stored on a proposal, or null when it has never been checked.</summary>
    public static ComplianceState? Of(IetProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return proposal.ComplianceCheckedAtUtc is { } checkedAt
            ? new(proposal.ComplianceErrorCount ?? 0, proposal.ComplianceWarningCount ?? 0, checkedAt, proposal.ComplianceChangedAtUtc, proposal.ComplianceChangeNote)
            : null;
    }

    /// <summary>
    /// The state after a new check. Same counts: only the check time moves, the last change and its note stay. Other
    /// counts: the change is dated now and explained by <paramref name="cause"/>. A first check has nothing to compare
    /// with, so it records no change.
    /// </summary>
    public static ComplianceState After(ComplianceState? previous, ComplianceReport report, DateTime checkedAtUtc, string cause)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(cause);
        if (previous is null)
        {
            return new(report.ErrorCount, report.WarningCount, checkedAtUtc, null, null);
        }

        if (previous.ErrorCount == report.ErrorCount && previous.WarningCount == report.WarningCount)
        {
            return previous with { CheckedAtUtc = checkedAtUtc };
        }

        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"{cause.Trim().TrimEnd('.')}: now {Describe(report.ErrorCount, report.WarningCount)} (was {Describe(previous.ErrorCount, previous.WarningCount)}).");
        return new(report.ErrorCount, report.WarningCount, checkedAtUtc, checkedAtUtc, Shorten(note));
    }

    /// <summary>Whether the counts differ from another state's (the check time alone is not a change).</summary>
    public bool HasSameCountsAs(ComplianceState? other) =>
        other is not null && other.ErrorCount == ErrorCount && other.WarningCount == WarningCount;

    /// <summary>The counts changed after the given time, e.g. after the owner's last edit: a re-check moved the draft.</summary>
    public bool ChangedAfter(DateTime utc) => ChangedAtUtc is { } changed && changed > utc;

    public void ApplyTo(IetProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        proposal.ComplianceErrorCount = ErrorCount;
        proposal.ComplianceWarningCount = WarningCount;
        proposal.ComplianceCheckedAtUtc = CheckedAtUtc;
        proposal.ComplianceChangedAtUtc = ChangedAtUtc;
        proposal.ComplianceChangeNote = ChangeNote;
    }

    /// <summary>"no errors or warnings", "1 error and no warnings", "3 errors and 2 warnings".</summary>
    public static string Describe(int errors, int warnings) => (errors, warnings) switch
    {
        (0, 0) => "no errors or warnings",
        _ => string.Create(CultureInfo.InvariantCulture, $"{Count(errors, "error", "errors")} and {Count(warnings, "warning", "warnings")}"),
    };

    private static string Count(int count, string one, string many) => count switch
    {
        0 => "no " + many,
        1 => "1 " + one,
        _ => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {many}"),
    };

    private static string Shorten(string note) => note.Length <= MaxNoteLength ? note : string.Concat(note.AsSpan(0, MaxNoteLength - 1), "…");
}
