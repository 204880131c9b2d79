namespace IetPortal.Web.Features.AdminShared;

/// <summary>A value of a form field as the user sees it, labelled for people ("Step 2: title").</summary>
public sealed record FieldValue(string Label, string? Value);

/// <summary>One field of a refused stale save: what the user posted and what is stored now.</summary>
public sealed record ConflictField(string Label, string? Mine, string? Current);

/// <summary>
/// Optimistic concurrency on administrator pages: each form posts the concurrency stamp of the record it was loaded
/// from, and a save from an older stamp is refused with the stored values next to the user's, never silently applied.
/// </summary>
public static class StaleSave
{
    public static string Message(string what) =>
        $"Someone else saved this {what} after you opened it, so nothing was saved. Compare your values with the saved ones below, then save again to keep yours.";

    /// <summary>The fields whose posted and stored values differ, in the order the stored record lists them.</summary>
    public static IReadOnlyList<ConflictField> Compare(IEnumerable<FieldValue> mine, IEnumerable<FieldValue> current)
    {
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(current);
        var mineByLabel = mine.GroupBy(f => f.Label).ToDictionary(g => g.Key, g => Normalize(g.First().Value), StringComparer.Ordinal);
        var currentByLabel = current.GroupBy(f => f.Label).ToDictionary(g => g.Key, g => Normalize(g.First().Value), StringComparer.Ordinal);
        return currentByLabel.Keys.Concat(mineByLabel.Keys.Where(k => !currentByLabel.ContainsKey(k)))
            .Select(label => new ConflictField(label, mineByLabel.GetValueOrDefault(label), currentByLabel.GetValueOrDefault(label)))
            .Where(f => f.Mine != f.Current)
            .ToList();
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
