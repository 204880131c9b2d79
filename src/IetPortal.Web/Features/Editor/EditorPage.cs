using IetPortal.Domain.Workflow;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IetPortal.Web.Features.Editor;

/// <summary>
/// A page in the editor's navigation: whether anything has been entered yet, its state in words with its compliance
/// findings ("Not started", "2 errors, 1 warning", "Complete"), and its address (the check page is not an editor page).
/// </summary>
public sealed record SectionLink(EditorSection Section, bool Started, bool IsCurrent, string State, string Href);

/// <summary>What every editor page shows around its form.</summary>
public sealed record EditorHeader(
    int ProposalId, string Title, string CollegeName, ProposalStatus Status, EditorSection Current, IReadOnlyList<SectionLink> Sections)
{
    public EditorSection? Next => EditorSections.Next(Current.Slug);
}

/// <summary>What the editor layout reads, whatever the section's form.</summary>
public interface IEditorPage
{
    EditorHeader Header { get; }
    string? Version { get; }
    IReadOnlyList<FieldDifference> Conflict { get; }
    string? ConflictBy { get; }
    DateTime? ConflictAt { get; }

    /// <summary>The compliance panel of the page (issue 4), rendered by the layout.</summary>
    Compliance.CompliancePanel? Compliance { get; }
}

/// <summary>An editor page: the header, the section's form, its choices and, after a refused save, the conflict.</summary>
public sealed class EditorPage<TForm>(EditorHeader header, TForm form) : IEditorPage
    where TForm : SectionForm
{
    public string? Version => Form.Version;

    public EditorHeader Header { get; } = header;
    public TForm Form { get; } = form;
    public EditorChoices Choices { get; init; } = EditorChoices.Empty;
    public IReadOnlyList<FieldDifference> Conflict { get; init; } = [];
    public string? ConflictBy { get; init; }
    public DateTime? ConflictAt { get; init; }
    public object? Extra { get; init; }
    public Compliance.CompliancePanel? Compliance { get; init; }
}

/// <summary>The options of the selects and checkbox groups of a page.</summary>
public sealed class EditorChoices
{
    public static EditorChoices Empty { get; } = new();

    public IReadOnlyList<SelectListItem> Pathways { get; init; } = [];
    public IReadOnlyList<SelectListItem> Steps { get; init; } = [];
    public IReadOnlyList<SelectListItem> Credentials { get; init; } = [];
    public IReadOnlyList<SelectListItem> WorkforceAreas { get; init; } = [];

    public static IReadOnlyList<SelectListItem> Of<T>(Func<T, string>? text = null)
        where T : struct, Enum =>
        Enum.GetValues<T>()
            .Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0 || !typeof(T).IsDefined(typeof(FlagsAttribute), false))
            .Select(v => new SelectListItem(text?.Invoke(v) ?? Shared.DisplayText.Humanize(v), v.ToString()))
            .ToList();
}
