using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Workflow;

namespace IetPortal.Web.Features.ProposalList;

public sealed record ProposalListRow(
    int Id, string Title, string? PathwayName, ProposalStatus Status, DateTime UpdatedAtUtc, string? UpdatedBy);

public sealed record PathwayOption(int Id, string Name, PathwayStatus Status);

public sealed record MyProposalsPage(
    string CollegeName,
    ProposalListFilter Filter,
    IReadOnlyList<PathwayOption> Pathways,
    IReadOnlyList<ProposalListRow> Proposals,
    int TotalCount,
    int PageCount)
{
    public int FirstShown => TotalCount == 0 ? 0 : ((Filter.Page - 1) * ProposalListFilter.PageSize) + 1;

    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Proposals.Count - 1;

    /// <summary>The result count, read first by screen readers entering the table.</summary>
    public string Caption
    {
        get
        {
            var count = PageCount > 1
                ? $"Proposals {FirstShown}\u2013{LastShown} of {TotalCount}"
                : TotalCount == 1 ? "1 proposal" : $"{TotalCount} proposals";
            return count + (Filter.IsFiltered ? " matching the search" : "") + ", most recently edited first";
        }
    }

    /// <summary>
    /// The page numbers to link, USWDS style: first, last, and the current page with its neighbours; null marks a gap
    /// (an ellipsis). Seven slots at most, so the bar fits a phone.
    /// </summary>
    public IReadOnlyList<int?> PageSlots
    {
        get
        {
            if (PageCount <= 7)
            {
                return [.. Enumerable.Range(1, PageCount).Select(p => (int?)p)];
            }

            var current = Filter.Page;
            var start = Math.Max(2, Math.Min(current - 1, PageCount - 4));
            var end = Math.Min(PageCount - 1, Math.Max(current + 1, 5));
            var slots = new List<int?> { 1 };
            if (start > 2)
            {
                slots.Add(null);
            }

            slots.AddRange(Enumerable.Range(start, end - start + 1).Select(p => (int?)p));
            if (end < PageCount - 1)
            {
                slots.Add(null);
            }

            slots.Add(PageCount);
            return slots;
        }
    }
}
