using IetPortal.Domain.Proposals;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.Revisions;

/// <summary>The editor's title of a proposal section ("Career pathway and alignment"); the check page's for its own.</summary>
public static class SectionTitles
{
    public static string Of(ProposalSection section) =>
        EditorSections.All.FirstOrDefault(s => s.Section == section)?.Title
        ?? (section == ProposalSection.CheckAndSubmit ? EditorSections.CheckAndSubmitPage.Title : Shared.DisplayText.Humanize(section));

    /// <summary>Where the college changes what a comment on a section asks for: its editor page (or the check page).</summary>
    public static string EditHref(int proposalId, ProposalSection section) =>
        EditorSections.All.FirstOrDefault(s => s.Section == section) is { } page
            ? $"/proposals/{proposalId}/edit/{page.Slug}"
            : $"/proposals/{proposalId}/check";
}
