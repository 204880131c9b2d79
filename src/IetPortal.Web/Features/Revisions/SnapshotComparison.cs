using System.Globalization;
using IetPortal.Web.Features.Attachments;
using IetPortal.Web.Features.Editor;
using IetPortal.Web.Features.Submission;

namespace IetPortal.Web.Features.Revisions;

/// <summary>
/// Section by section, the fields that differ between two snapshots, in words. Uses the editor's own field comparison
/// (<see cref="SectionVersion.Compare"/>), so "changed" means what it means for concurrent edits, then replaces ids with
/// the names stored in each snapshot (a pathway is named, not numbered) and adds the attachments that came or went.
/// </summary>
public static class SnapshotComparison
{
    /// <summary>Texts at least this long that changed are also shown word by word.</summary>
    public const int InlineDiffMinLength = 60;

    public static (IReadOnlyList<SectionChanges> Changed, IReadOnlyList<string> Unchanged) Compare(ProposalSnapshot before, ProposalSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = new List<SectionChanges>();
        var unchanged = new List<string>();
        foreach (var section in EditorSections.All)
        {
            var a = before.Sections[section.Slug];
            var b = after.Sections[section.Slug];
            var changes = SectionVersion.Compare(a, b)
                .Select(d => Describe(a.GetType(), d, before, after))
                .OfType<FieldChange>()
                .ToList();
            if (section.Slug == EditorSections.Partners)
            {
                changes.AddRange(AttachmentChanges(before, after));
            }

            if (changes.Count > 0)
            {
                changed.Add(new SectionChanges(section.Slug, section.Title, section.Section, changes));
            }
            else
            {
                unchanged.Add(section.Title);
            }
        }

        return (changed, unchanged);
    }

    private static FieldChange? Describe(Type formType, FieldDifference difference, ProposalSnapshot before, ProposalSnapshot after)
    {
        // Reference ids read as the names each version stored; the same name on both sides is no change to show.
        var named = difference.Path switch
        {
            nameof(PathwayForm.CareerPathwayId) => Named("Career pathway", before.Names.PathwayName, after.Names.PathwayName, difference),
            nameof(PathwayForm.EntryStepId) => Named("Entry step", before.Names.EntryStep, after.Names.EntryStep, difference),
            nameof(PathwayForm.CredentialIds) => Named("Credentials", Join(before.Names.Credentials), Join(after.Names.Credentials), difference),
            nameof(PathwayForm.WorkforceAreaIds) => Named("Workforce Development Areas", Join(before.Names.WorkforceAreas), Join(after.Names.WorkforceAreas), difference),
            _ => null,
        };
        if (named is not null)
        {
            return named.Before == named.After ? null : named;
        }

        var old = FieldValueText.Format(formType, difference.Path, difference.Mine);
        var @new = FieldValueText.Format(formType, difference.Path, difference.Theirs);
        if (old == @new)
        {
            return null;
        }

        var inline = old is { Length: >= InlineDiffMinLength } && @new is { Length: >= InlineDiffMinLength } ? WordDiff.Of(old, @new) : null;
        return new FieldChange(FieldValueText.Label(difference.Path), old, @new, inline);
    }

    private static FieldChange Named(string label, string? before, string? after, FieldDifference difference) =>
        new(label, before ?? IdText(difference.Mine), after ?? IdText(difference.Theirs));

    /// <summary>A reference whose name was not stored (it no longer existed when the version was taken) reads by its id.</summary>
    private static string? IdText(string? id) => id is null ? null : "record " + id;

    private static string? Join(IReadOnlyList<string> names) => names.Count == 0 ? null : string.Join(", ", names);

    private static IEnumerable<FieldChange> AttachmentChanges(ProposalSnapshot before, ProposalSnapshot after)
    {
        static string Key(SnapshotAttachment a) => a.FileName + "\n" + a.Sha256;
        static string Text(SnapshotAttachment a) =>
            string.Create(CultureInfo.InvariantCulture, $"{a.FileName} ({AttachmentsPanel.Size(a.SizeBytes)})");
        var old = before.Attachments.Select(Key).ToHashSet(StringComparer.Ordinal);
        var @new = after.Attachments.Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var removed in before.Attachments.Where(a => !@new.Contains(Key(a))))
        {
            yield return new FieldChange("Attachment", Text(removed), null);
        }

        foreach (var added in after.Attachments.Where(a => !old.Contains(Key(a))))
        {
            yield return new FieldChange("Attachment", null, Text(added));
        }
    }
}
