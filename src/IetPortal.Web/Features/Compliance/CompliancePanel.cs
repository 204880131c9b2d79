using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.Compliance;

/// <summary>A finding shown on a page with the link that fixes it.</summary>
public sealed record FindingItem(RuleFinding Finding, string FixHref);

/// <summary>
/// The editor's compliance panel: the whole proposal's error and warning counts, the findings of the section being
/// edited with a Fix link each, and the stored change note when a re-check moved the draft since it was last edited.
/// </summary>
public sealed record CompliancePanel(
    int ProposalId,
    string SectionTitle,
    int ErrorCount,
    int WarningCount,
    int SectionRuleCount,
    IReadOnlyList<FindingItem> SectionItems,
    ComplianceState? ChangedByRecheck)
{
    public int SectionErrors => SectionItems.Count(i => i.Finding.IsBlockingError);

    public int SectionWarnings => SectionItems.Count(i => i.Finding.IsWarning);

    public string CheckHref => $"/proposals/{ProposalId}/check";

    public static CompliancePanel For(IetProposal proposal, EditorSection section, ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(report);
        var inSection = report.ForSection(section.Section);
        var items = inSection
            .Where(f => f.IsBlockingError || f.IsWarning)
            .OrderBy(f => f.IsBlockingError ? 0 : 1)
            .Select(f => new FindingItem(f, FixLinks.Href(proposal.Id, f)))
            .ToList();
        var stored = ComplianceState.Of(proposal);
        return new CompliancePanel(
            proposal.Id,
            section.Title,
            report.ErrorCount,
            report.WarningCount,
            inSection.Count,
            items,
            stored is not null && stored.ChangedAfter(proposal.UpdatedAtUtc) ? stored : null);
    }

    /// <summary>What the section navigation says of a section: "Not started", "2 errors, 1 warning", "Complete" or "Started".</summary>
    public static string SectionState(bool started, IReadOnlyList<RuleFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var errors = findings.Count(f => f.IsBlockingError);
        var warnings = findings.Count(f => f.IsWarning);
        if (!started)
        {
            return "Not started";
        }

        if (errors + warnings > 0)
        {
            return string.Join(", ", new[]
            {
                errors > 0 ? ComplianceText.Count(errors, "error", "errors") : null,
                warnings > 0 ? ComplianceText.Count(warnings, "warning", "warnings") : null,
            }.OfType<string>());
        }

        // A section no rule checks (partners) can be started, never "complete" in the compliance sense.
        return findings.Count > 0 ? "Complete" : "Started";
    }
}
