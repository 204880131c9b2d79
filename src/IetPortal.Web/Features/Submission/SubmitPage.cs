using System.Globalization;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Features.Compliance;
using IetPortal.Web.Features.Editor;
using IetPortal.Web.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IetPortal.Web.Features.Submission;

/// <summary>A warning that needs a note, with the index of its row in the form.</summary>
public sealed record WarningRow(int Index, FindingItem Item);

/// <summary>One line of the summary of what will be sent.</summary>
public sealed record SummaryItem(string Label, string Value);

/// <summary>
/// The final confirmation of what will be sent (WCAG 3.3.4, "Error Prevention"): the compliance counts, the errors that
/// still block with their Fix links, a note per warning, a summary of the proposal, the version number it will
/// become, and the confirmation box.
/// </summary>
public sealed record SubmitPage(
    int ProposalId,
    string Title,
    string CollegeName,
    ProposalStatus Status,
    WorkflowAction Action,
    int VersionNumber,
    ComplianceReport Report,
    IReadOnlyList<FindingItem> Blocking,
    IReadOnlyList<WarningRow> Warnings,
    IReadOnlyList<SummaryItem> Summary,
    SubmitForm Form,
    int RequiredChangeCount,
    int AddressedCount)
{
    public const string ConfirmationText = "I have reviewed the proposal and want to send it to the WTCS System Office";

    public bool IsResubmission => Action == WorkflowAction.Resubmit;

    public string ButtonText => IsResubmission ? "Resubmit proposal" : "Submit proposal";

    public int MetCount => Report.Findings.Count(f => f.Outcome == RuleOutcome.Met);

    public IReadOnlyList<SelectListItem> ConfirmOptions { get; } = [new SelectListItem(ConfirmationText, "true")];

    /// <summary>The id of a blocking error's list item, which the error summary links to.</summary>
    public static string FindingId(string ruleId) => FieldIds.For(FindingKey(ruleId));

    /// <summary>The model-state key under which a refused submission reports an error that still blocks it.</summary>
    public static string FindingKey(string ruleId) => "finding-" + ruleId;

    public static SubmitPage For(
        IetProposal proposal, WorkflowAction action, ProposalSnapshot snapshot, ComplianceReport report, SubmitForm form, (int Total, int Addressed) requiredChanges)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(form);
        var items = report.Findings.Select(f => new FindingItem(f, FixLinks.Href(proposal.Id, f))).ToList();
        return new SubmitPage(
            proposal.Id,
            proposal.Title,
            snapshot.Names.CollegeName,
            proposal.Status,
            action,
            proposal.NextVersionNumber,
            report,
            items.Where(i => i.Finding.IsBlockingError).ToList(),
            items.Where(i => i.Finding.IsWarning).Select((item, index) => new WarningRow(index, item)).ToList(),
            SummaryOf(snapshot),
            form,
            requiredChanges.Total,
            requiredChanges.Addressed);
    }

    /// <summary>
    /// The rows of the form for the report's warnings, in report order, keeping the notes posted for them; a note for a
    /// warning that no longer applies (the draft changed in between) is dropped.
    /// </summary>
    public static SubmitForm RowsFor(ComplianceReport report, SubmitForm? posted)
    {
        ArgumentNullException.ThrowIfNull(report);
        var notes = (posted?.Acknowledgements ?? [])
            .Where(r => r.RuleId is not null)
            .GroupBy(r => r.RuleId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Note, StringComparer.Ordinal);
        return new SubmitForm
        {
            Acknowledgements = report.Findings
                .Where(f => f.IsWarning)
                .Select(f => new AcknowledgementInput { RuleId = f.RuleId, Note = notes.GetValueOrDefault(f.RuleId) })
                .ToList(),
            Confirmed = posted?.Confirmed ?? false,
            Command = posted?.Command,
            Stamp = posted?.Stamp,
        };
    }

    private static List<SummaryItem> SummaryOf(ProposalSnapshot snapshot)
    {
        var en = CultureInfo.GetCultureInfo("en-US");
        var overview = snapshot.Section<OverviewForm>(EditorSections.Overview);
        var pathway = snapshot.Section<PathwayForm>(EditorSections.Pathway);
        var hours = new[]
        {
            ("adult education and literacy", snapshot.Section<AdultEducationForm>(EditorSections.AdultEducation).ContactHours),
            ("workforce preparation", snapshot.Section<WorkforcePreparationForm>(EditorSections.WorkforcePreparation).ContactHours),
            ("workforce training", snapshot.Section<WorkforceTrainingForm>(EditorSections.WorkforceTraining).ContactHours),
        };
        string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "Not provided" : value;
        string Count(int count, string one, string many) => count == 1 ? "1 " + one : count.ToString("N0", en) + " " + many;
        return
        [
            new("Title", Or(overview.Title)),
            new("College", snapshot.Names.CollegeName),
            new("Program dates", overview.StartDate is null && overview.EndDate is null ? "Not provided" : $"{DisplayText.Date(overview.StartDate)} to {DisplayText.Date(overview.EndDate)}"),
            new("Cohort capacity", Or(overview.CohortCapacity?.ToString(en))),
            new("Career pathway", Or(snapshot.Names.PathwayName)),
            new("Entry step", Or(snapshot.Names.EntryStep)),
            new("Credentials", Or(string.Join(", ", snapshot.Names.Credentials))),
            new("Target occupation", Or(string.Join(" ", new[] { pathway.OccupationSocCode, pathway.OccupationTitle }.Where(s => !string.IsNullOrEmpty(s))))),
            new("Workforce Development Areas", Or(string.Join(", ", snapshot.Names.WorkforceAreas))),
            new("Contact hours", string.Join("; ", hours.Select(h => $"{h.Item1}: {(h.Item2 is { } value ? value.ToString("0.##", en) : "not provided")}"))),
            new("Learning objectives", Count(snapshot.Section<LearningObjectivesForm>(EditorSections.LearningObjectives).Objectives.Count, "objective", "objectives")),
            new("Partners", Count(snapshot.Section<PartnersForm>(EditorSections.Partners).Partners.Count, "partner", "partners")),
            new("Attachments", Count(snapshot.Attachments.Count, "file", "files")),
        ];
    }
}
