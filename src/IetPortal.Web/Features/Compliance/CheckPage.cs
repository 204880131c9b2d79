using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.Compliance;

/// <summary>One criterion of the full report and its findings.</summary>
public sealed record ReportCriterion(ComplianceCriterion Criterion, string Title, IReadOnlyList<FindingItem> Items)
{
    public string HeadingId => "criterion-" + Criterion.ToString().ToLowerInvariant();
}

/// <summary>A heading of the full report: the three components, the six criteria, the other requirements.</summary>
public sealed record ReportGroup(string Heading, string Intro, IReadOnlyList<ReportCriterion> Criteria);

/// <summary>A warning that needs an acknowledgement note, with the index of its row in the form.</summary>
public sealed record WarningToAcknowledge(int Index, FindingItem Item);

/// <summary>The "Check and submit" page: counts, the full report grouped for reviewers, and the readiness check.</summary>
public sealed record CheckPage(
    EditorHeader Header,
    ComplianceReport Report,
    IReadOnlyList<ReportGroup> Groups,
    IReadOnlyList<WarningToAcknowledge> Warnings,
    ReadinessForm Form,
    SubmissionGateResult? Gate,
    ComplianceState? ChangedByRecheck)
{
    public int MetCount => Report.Findings.Count(f => f.Outcome == RuleOutcome.Met);

    /// <summary>The id of a finding's row, which the error summary links to (the same transformation as field ids).</summary>
    public static string FindingId(string ruleId) => Shared.FieldIds.For(FindingKey(ruleId));

    /// <summary>The model-state key under which the readiness check reports a finding that still blocks submission.</summary>
    public static string FindingKey(string ruleId) => "finding-" + ruleId;

    public static CheckPage For(IetProposal proposal, EditorHeader header, ComplianceReport report, ReadinessForm form, SubmissionGateResult? gate)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(form);
        var items = report.Findings.Select(f => new FindingItem(f, FixLinks.Href(proposal.Id, f))).ToList();
        var groups = ComplianceText.Groups
            .Select(g => new ReportGroup(
                g.Heading,
                g.Intro,
                g.Criteria.Select(c => new ReportCriterion(c, ComplianceText.Title(c), items.Where(i => i.Finding.Criterion == c).ToList())).ToList()))
            .ToList();
        var warnings = items.Where(i => i.Finding.IsWarning).Select((item, index) => new WarningToAcknowledge(index, item)).ToList();
        var stored = ComplianceState.Of(proposal);
        return new CheckPage(header, report, groups, warnings, form, gate, stored is not null && stored.ChangedAfter(proposal.UpdatedAtUtc) ? stored : null);
    }

    /// <summary>
    /// The form rows for the report's warnings, in report order, keeping the notes posted for them. A note for a warning
    /// that no longer applies (the draft changed in between) is dropped.
    /// </summary>
    public static ReadinessForm RowsFor(ComplianceReport report, ReadinessForm? posted)
    {
        ArgumentNullException.ThrowIfNull(report);
        var notes = (posted?.Acknowledgements ?? [])
            .Where(r => r.RuleId is not null)
            .GroupBy(r => r.RuleId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Note, StringComparer.Ordinal);
        return new ReadinessForm
        {
            Acknowledgements = report.Findings
                .Where(f => f.IsWarning)
                .Select(f => new AcknowledgementRow { RuleId = f.RuleId, Note = notes.GetValueOrDefault(f.RuleId) })
                .ToList(),
        };
    }
}
