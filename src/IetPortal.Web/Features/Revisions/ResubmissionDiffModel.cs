using IetPortal.Domain.Proposals;

namespace IetPortal.Web.Features.Revisions;

public enum FieldChangeKind
{
    Added,
    Removed,
    Changed,
}

public enum TextSegmentKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of words that stayed, was removed or was added, for showing a long text's change in place.</summary>
public sealed record TextSegment(TextSegmentKind Kind, string Text);

/// <summary>
/// One field that differs between two versions, with both values already in words ("Team teaching", "Jan 12, 2027",
/// "Yes"). A long text that changed also carries its word-level changes, so the reader sees what was edited in it.
/// </summary>
public sealed record FieldChange(string Label, string? Before, string? After, IReadOnlyList<TextSegment>? Inline = null)
{
    public FieldChangeKind Kind => Before is null ? FieldChangeKind.Added : After is null ? FieldChangeKind.Removed : FieldChangeKind.Changed;
}

/// <summary>The changed fields of one editor section.</summary>
public sealed record SectionChanges(string Slug, string Title, ProposalSection Section, IReadOnlyList<FieldChange> Changes);

/// <summary>A required change of the return, and whether and how the college answered it.</summary>
public sealed record RequiredChangeAnswer(
    int CommentId,
    string SectionTitle,
    string Body,
    DateTime? AddressedAtUtc,
    string? AddressedBy,
    string? Reply)
{
    public bool IsAddressed => AddressedAtUtc is not null;
}

/// <summary>
/// Issue 5 "Resubmission diff": what changed between the version that was returned and its resubmission, section by
/// section, and which of the return's required changes the college marked addressed.
/// </summary>
public sealed record ResubmissionDiffModel(
    int ProposalId,
    int ReturnedVersion,
    DateTime? ReturnedAtUtc,
    int ResubmittedVersion,
    DateTime ResubmittedAtUtc,
    IReadOnlyList<SectionChanges> Sections,
    IReadOnlyList<string> UnchangedSections,
    IReadOnlyList<RequiredChangeAnswer> RequiredChanges)
{
    public int ChangedFieldCount => Sections.Sum(s => s.Changes.Count);

    public int AddressedCount => RequiredChanges.Count(c => c.IsAddressed);
}
