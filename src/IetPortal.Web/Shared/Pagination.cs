namespace IetPortal.Web.Shared;

/// <summary>The page numbers a USWDS pagination bar links, shared by every paged list.</summary>
public static class Pagination
{
    /// <summary>
    /// First, last, and the current page with its neighbours; null marks a gap (an ellipsis). Seven slots at most, so the
    /// bar fits a phone.
    /// </summary>
    public static IReadOnlyList<int?> Slots(int current, int pageCount)
    {
        if (pageCount <= 7)
        {
            return [.. Enumerable.Range(1, pageCount).Select(p => (int?)p)];
        }

        var start = Math.Max(2, Math.Min(current - 1, pageCount - 4));
        var end = Math.Min(pageCount - 1, Math.Max(current + 1, 5));
        var slots = new List<int?> { 1 };
        if (start > 2)
        {
            slots.Add(null);
        }

        slots.AddRange(Enumerable.Range(start, end - start + 1).Select(p => (int?)p));
        if (end < pageCount - 1)
        {
            slots.Add(null);
        }

        slots.Add(pageCount);
        return slots;
    }
}
